package nl.gebiedsteam.caseload.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.casefile.TimelineEntry;
import nl.gebiedsteam.caseload.casefile.TimelineKind;
import nl.gebiedsteam.caseload.casefile.TimelineService;
import nl.gebiedsteam.caseload.privacy.LetterPassage;
import nl.gebiedsteam.caseload.privacy.SubjectAccessLetterService;
import nl.gebiedsteam.caseload.privacy.SubjectAccessService;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.ConcurrentEditException;
import nl.gebiedsteam.caseload.shared.OutOfScopeException;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.testsupport.Deployments;
import nl.gebiedsteam.caseload.testsupport.Fixtures;
import nl.gebiedsteam.caseload.testsupport.Sql;
import nl.gebiedsteam.caseload.testsupport.TestData;
import nl.gebiedsteam.caseload.testsupport.TestLogin;
import nl.gebiedsteam.caseload.testsupport.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 24, journal notes: every level against every role, on the service, the timeline and the
 * file page, and against a caseworker of the same team who is not the responsible one.
 */
@ExtendWith(ArquillianExtension.class)
class JournalNoteIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestLogin().addClasses(JournalNoteIT.class);
    }

    @Inject
    TestLogin login;

    @Inject
    JournalNoteService notes;

    @Inject
    TimelineService timeline;

    @Inject
    SubjectAccessLetterService letters;

    @Inject
    SubjectAccessService subjectAccess;

    @Resource(lookup = "java:app/jdbc/caseload")
    DataSource db;

    /** A client of team Noord with its responsible caseworker, a colleague of the same team, and one note per level. */
    private record File(long client, String responsible, String colleague, long team, long restricted,
            long confidential) {
    }

    private File file() {
        String responsible = TestData.unique("cw.regie").toLowerCase(Locale.ROOT);
        String colleague = TestData.unique("cw.collega").toLowerCase(Locale.ROOT);
        long worker = Fixtures.worker(db, responsible, TestData.TEAM_NOORD, "CASEWORKER");
        Fixtures.worker(db, colleague, TestData.TEAM_NOORD, "CASEWORKER");
        long client = Fixtures.fileAwaitingPlanApproval(db, TestData.TEAM_NOORD, worker, TestData.unique("Notitie"));
        login.as(responsible);
        LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);
        long team = notes.add(client, today, NoteLevel.TEAM, "Voor het hele team\nmet twee regels");
        long restricted = notes.add(client, today, NoteLevel.RESPONSIBLE, "Alleen regie en teamleider");
        long confidential = notes.add(client, today, NoteLevel.CONFIDENTIAL, "De buurvrouw meldde dit, beschermd");
        return new File(client, responsible, colleague, team, restricted, confidential);
    }

    @Test
    void eachLevel_isReadByExactlyItsReaders_onTheServiceAndTheTimeline() {
        File f = file();
        List<String> all = List.of("Voor het hele team\nmet twee regels", "Alleen regie en teamleider",
                "De buurvrouw meldde dit, beschermd");
        for (String reader : List.of(f.responsible(), "carla.noord")) {
            login.as(reader);
            assertEquals(Set.copyOf(all), Set.copyOf(notes.list(f.client()).stream().map(JournalNoteRow::text).toList()),
                    reader);
            assertEquals(3, notesOnTheTimeline(f.client()).size(), reader + " on the timeline");
            assertEquals(NoteLevel.CONFIDENTIAL, notes.note(f.confidential()).level());
        }

        login.as(f.colleague());
        assertEquals(List.of(all.get(0)), notes.list(f.client()).stream().map(JournalNoteRow::text).toList(),
                "a colleague of the same team reads the team's notes only");
        assertEquals(List.of(all.get(0)), notesOnTheTimeline(f.client()).stream().map(TimelineEntry::text1).toList());
        long denied = denials(f.client());
        for (long restricted : List.of(f.restricted(), f.confidential())) {
            assertThrows(OutOfScopeException.class, () -> notes.note(restricted));
            assertThrows(OutOfScopeException.class, () -> notes.change(restricted, 1, LocalDate.now(Times.DISPLAY_ZONE),
                    NoteLevel.TEAM, "overschreven"));
            assertThrows(OutOfScopeException.class, () -> notes.voidNote(restricted, 1, "weg ermee"));
        }
        assertEquals(denied + 6, denials(f.client()), "every attempt is logged");
        assertEquals("note.level.notYours", assertThrows(CaseloadException.class, () -> notes.add(f.client(),
                LocalDate.now(Times.DISPLAY_ZONE), NoteLevel.RESPONSIBLE, "niet voor mij")).getMessageKey(),
                "nobody writes a note they could not read");
        assertEquals(1, Sql.number(db, "SELECT COUNT(*) FROM journal_note WHERE id = ? AND text = ?", f.restricted(),
                all.get(1)), "nothing changed");

        for (String outsider : List.of("dirk.zuid", "julia.centrum")) {
            login.as(outsider);
            assertThrows(OutOfScopeException.class, () -> notes.list(f.client()), outsider);
            assertThrows(OutOfScopeException.class, () -> notes.note(f.team()), outsider);
            assertThrows(OutOfScopeException.class, () -> notes.add(f.client(), LocalDate.now(Times.DISPLAY_ZONE),
                    NoteLevel.TEAM, "van buiten"), outsider);
        }
        for (String role : List.of("fatima.beleid", "gerrit.beheer", "hanna.privacy")) {
            login.as(role);
            assertThrows(EJBAccessException.class, () -> notes.list(f.client()), role);
            assertThrows(EJBAccessException.class, () -> notes.note(f.team()), role);
            assertThrows(EJBAccessException.class, () -> notes.add(f.client(), LocalDate.now(Times.DISPLAY_ZONE),
                    NoteLevel.TEAM, "x"), role);
        }
    }

    @Test
    void theFilePage_showsARestrictedNoteOnlyToItsReaders() {
        File f = file();
        HttpResponse<String> responsible = new WebClient(WebClient.applicationRoot()).loggedInAs(f.responsible())
                .get("client/view.xhtml?id=" + f.client());
        HttpResponse<String> colleague = new WebClient(WebClient.applicationRoot()).loggedInAs(f.colleague())
                .get("client/view.xhtml?id=" + f.client());
        assertEquals(200, colleague.statusCode());
        assertTrue(responsible.body().contains("Alleen regie en teamleider"), "the responsible caseworker reads it");
        assertTrue(colleague.body().contains("Voor het hele team"), "the colleague reads the team's note");
        assertFalse(colleague.body().contains("Alleen regie en teamleider") || colleague.body().contains("buurvrouw"),
                "but not the restricted ones");
    }

    @Test
    void aNote_isChangedWithItsVersion_validated_andVoidedWithAReason() {
        File f = file();
        login.as(f.responsible());
        JournalNoteRow note = notes.note(f.team());
        LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);
        notes.change(note.id(), note.version(), today.minusDays(1), NoteLevel.RESPONSIBLE, "Aangepast");
        assertThrows(ConcurrentEditException.class, () -> notes.change(note.id(), note.version(), today,
                NoteLevel.TEAM, "Mijn oude versie"), "a change made meanwhile is reported, not overwritten");
        JournalNoteRow changed = notes.note(f.team());
        assertEquals(List.of("Aangepast", NoteLevel.RESPONSIBLE, today.minusDays(1)), List.of(changed.text(),
                changed.level(), changed.writtenOn()));

        assertEquals("note.text.required", assertThrows(CaseloadException.class, () -> notes.add(f.client(), today,
                NoteLevel.TEAM, "   ")).getMessageKey());
        assertEquals("note.text.tooLong", assertThrows(CaseloadException.class, () -> notes.add(f.client(), today,
                NoteLevel.TEAM, "x".repeat(JournalNoteService.TEXT_MAX + 1))).getMessageKey());
        assertEquals("note.date.invalid", assertThrows(CaseloadException.class, () -> notes.add(f.client(),
                today.plusDays(1), NoteLevel.TEAM, "morgen")).getMessageKey());
        notes.add(f.client(), today, NoteLevel.TEAM, "y".repeat(JournalNoteService.TEXT_MAX));

        assertEquals("note.void.reasonRequired", assertThrows(CaseloadException.class, () -> notes.voidNote(
                changed.id(), changed.version(), "")).getMessageKey());
        notes.voidNote(changed.id(), changed.version(), "verkeerde cliënt");
        assertTrue(notes.list(f.client()).stream().noneMatch(n -> n.id() == changed.id()));
        assertTrue(notesOnTheTimeline(f.client()).stream().noneMatch(e -> e.refId() == changed.id()));
    }

    /**
     * In a subject-access answer a confidential note is proposed for withholding (the privacy officer
     * may still release it); the other notes wait for a decision like all free text; the JSON leaves the
     * confidential text out and says so.
     */
    @Test
    void aConfidentialNote_isKeptOutOfTheSubjectAccessAnswer() {
        File f = file();
        login.as("hanna.privacy");
        SubjectAccessLetterService.Letter letter = letters.letter(letters.draft(f.client(), Locale.forLanguageTag("nl")));
        LetterPassage confidential = letter.passages().stream().filter(p -> p.text().contains("buurvrouw")).findFirst()
                .orElseThrow();
        assertEquals(List.of(LetterPassage.Kind.THIRD_PARTY, LetterPassage.Decision.WITHHELD),
                List.of(confidential.kind(), confidential.decision()));
        assertTrue(letter.passages().stream().anyMatch(p -> p.text().contains("Alleen regie en teamleider")
                && p.kind() == LetterPassage.Kind.FREE_TEXT && p.decision() == LetterPassage.Decision.PENDING));
        String json = subjectAccess.export(f.client(), "json", Locale.forLanguageTag("nl")).sections().stream()
                .filter(s -> s.key().equals("journal_note")).findFirst().orElseThrow().rows().toString();
        assertFalse(json.contains("buurvrouw"), json);
        assertTrue(json.contains("Voor het hele team"), json);
    }

    private List<TimelineEntry> notesOnTheTimeline(long client) {
        return timeline.page(client, Set.of(TimelineKind.NOTE), 0, 100);
    }

    private long denials(long client) {
        return Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE client_id = ? AND outcome = 'DENIED' "
                + "AND object_type = 'note'", client);
    }
}
