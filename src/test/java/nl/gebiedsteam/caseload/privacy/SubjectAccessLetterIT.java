package nl.gebiedsteam.caseload.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.shared.Bundles;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.ConcurrentEditException;
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
 * Issue 23, item 3: the subject-access letter. A file one day old (a signal from a neighbour who
 * asked to stay anonymous, a pathway, an intake, a contact, a referral with consent) gives a letter
 * of a few pages in plain words, with every passage that may name someone else marked; nothing goes
 * out until the privacy officer has decided on each, and what goes out is what was reviewed.
 */
@ExtendWith(ArquillianExtension.class)
class SubjectAccessLetterIT {

    private static final Logger LOG = Logger.getLogger(SubjectAccessLetterIT.class.getName());
    private static final String PRIVACY = "hanna.privacy";
    /** An enum code or a column name as the database holds them: never in a letter. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b|\\b[a-z]+_[a-z_]+\\b");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestLogin().addClasses(SubjectAccessLetterIT.class);
    }

    @Inject
    TestLogin login;

    @Inject
    SubjectAccessLetterService letters;

    @Inject
    SubjectAccessService subjectAccess;

    @Inject
    AccessLog accessLog;

    @Inject
    RetentionService retention;

    @Resource(lookup = "java:app/jdbc/caseload")
    DataSource db;

    /** A file opened yesterday and closed today, with a referral to a provider under consent. */
    private long oneDayOldFile(String surname) {
        LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);
        long client = Fixtures.closedFile(db, TestData.TEAM_NOORD, surname, LocalDate.of(1980, 6, 15),
                today.minusDays(1), today);
        long provider = Sql.number(db, "SELECT MIN(id) FROM referral_provider");
        long consent = Sql.insert(db, "INSERT INTO consent (client_id, purpose, recipient_provider_id, recipient, scope, "
                + "given_on, version, created_at, created_by, modified_at, modified_by) SELECT ?, 'REFERRAL', id, name, ?, "
                + "?, 1, NOW(), 't', NOW(), 't' FROM referral_provider WHERE id = ?", client,
                "Medische gegevens over " + surname, today, provider);
        Sql.insert(db, "INSERT INTO referral (client_id, provider_id, referred_on, status, shares_data, consent_id, note, "
                + "version, created_at, created_by, modified_at, modified_by) VALUES (?, ?, ?, 'IN_PROGRESS', TRUE, ?, ?, 1, "
                + "NOW(), 't', NOW(), 't')", client, provider, today, consent, "Verwezen met " + surname);
        // a colleague looks the client up and reads the file: the letter says so, never what was searched
        login.as("carla.noord");
        accessLog.listed(AccessEvent.SEARCH, "client", null, "client search; term=" + "ab".repeat(32), List.of(client));
        accessLog.success(AccessEvent.READ, client, "client", "file opened");
        login.as(PRIVACY);
        return client;
    }

    @Test
    void aOneDayOldFile_givesAPlainLetterOfAFewPages_withEveryPassageAboutOthersMarked() throws IOException {
        String surname = TestData.unique("Brief");
        long client = oneDayOldFile(surname);
        SubjectAccessLetterService.Letter letter = letters.letter(letters.draft(client, Locale.forLanguageTag("nl")));
        List<String> texts = letter.passages().stream().map(LetterPassage::text).toList();
        String all = String.join("\n", texts);

        assertEquals("Inzage in uw gegevens", texts.get(0));
        assertTrue(texts.get(1).startsWith("Aan Voornaam " + surname + ", "), texts.get(1));
        for (String heading : List.of("Waarom wij uw gegevens gebruiken", "Aan wie wij gegevens hebben gegeven",
                "Hoe lang wij uw gegevens bewaren", "Waar uw gegevens vandaan komen", "Welke gegevens wij over u hebben",
                "Wie uw dossier heeft ingezien", "Uw rechten")) {
            assertTrue(texts.contains(heading), "a section " + heading);
        }
        assertTrue(all.contains("Geboortedatum: 15 juni 1980"), "dates in words, in Dutch");
        assertTrue(all.contains("Bron: Buurt"), "the source in words");
        assertTrue(all.contains("Uw gegevens komen van uzelf, van de medewerkers die u hebben geholpen en uit meldingen "
                + "van: Buurt."), "where the data came from");
        assertTrue(all.contains(retention.retentionYears() + " jaar na de laatste afsluiting"), "the retention period");
        assertTrue(all.contains("hebben wij u verwezen en daarbij gegevens over u gedeeld (met uw toestemming)"),
                "the recipient, what they received and under which consent");
        assertFalse(CODE.matcher(all).find(), () -> "no codes or column names: " + CODE.matcher(all).results()
                .map(m -> m.group()).toList());
        assertFalse(all.contains("id=") || all.contains(" " + client + ";") || all.contains("null"), "no internal ids");

        // who looked: role and team, what and which part, never a worker's name or what was searched
        String today = LocalDate.now(Times.DISPLAY_ZONE).format(java.time.format.DateTimeFormatter.ofPattern(
                "d MMMM yyyy", Locale.forLanguageTag("nl")));
        assertTrue(texts.contains(today + ": Teamleider, Gebiedsteam Noord, Gezocht of lijst getoond: persoonsgegevens "
                + "en dossier"), all);
        assertTrue(texts.contains(today + ": Teamleider, Gebiedsteam Noord, Ingezien: persoonsgegevens en dossier"), all);
        assertFalse(all.contains("carla.noord") || all.contains("term") || all.contains("ab".repeat(32)),
                "no worker names, no search terms");

        // marked for review: the reporter (who asked to stay anonymous) and what they reported, every worker text
        List<LetterPassage> marked = letter.passages().stream().filter(p -> p.kind().isMarked()).toList();
        assertTrue(marked.stream().anyMatch(p -> p.kind() == LetterPassage.Kind.THIRD_PARTY
                && p.text().contains("Buurman van " + surname)), "the reporter");
        assertTrue(marked.stream().anyMatch(p -> p.kind() == LetterPassage.Kind.THIRD_PARTY
                && p.text().contains("Zorgen over " + surname)), "what the reporter said");
        for (String workerText : List.of("Intake met ", "Gesprek met ", "Verwezen met ", "Medische gegevens over ")) {
            assertTrue(marked.stream().anyMatch(p -> p.kind() == LetterPassage.Kind.FREE_TEXT
                    && p.text().contains(workerText + surname)), workerText);
        }
        assertTrue(marked.stream().allMatch(p -> p.decision() == LetterPassage.Decision.PENDING));
        assertTrue(letter.passages().stream().filter(p -> !p.kind().isMarked()).noneMatch(p -> p.text().contains(
                "Buurman") || p.text().contains("Gesprek met")), "nothing about others outside the marked passages");

        for (LetterPassage passage : marked) {
            letters.decide(passage.id(), passage.version(), LetterPassage.Decision.RELEASED, "geen derden genoemd");
        }
        byte[] pdf = letters.release(letter.id(), letters.letter(letter.id()).version());
        PdfReader reader = new PdfReader(pdf);
        try {
            int pages = reader.getNumberOfPages();
            LOG.info(() -> "SubjectAccessLetterIT: a one-day-old file gives " + pages + " pages, " + letter.passages()
                    .size() + " passages, " + marked.size() + " to review, " + pdf.length + " bytes");
            assertTrue(pages <= 3, "a letter of a few pages: " + pages);
        } finally {
            reader.close();
        }
    }

    @Test
    void release_waitsForEveryDecision_withAReason_andSendsExactlyWhatWasReviewed() throws IOException {
        String surname = TestData.unique("Vrij");
        long client = oneDayOldFile(surname);
        long id = letters.draft(client, Locale.forLanguageTag("nl"));
        SubjectAccessLetterService.Letter draft = letters.letter(id);
        CaseloadException early = assertThrows(CaseloadException.class, () -> letters.release(id, draft.version()));
        assertEquals("letter.pending", early.getMessageKey());

        LetterPassage reporter = draft.passages().stream().filter(p -> p.text().contains("Buurman van " + surname))
                .findFirst().orElseThrow();
        assertEquals("letter.reason.required", assertThrows(CaseloadException.class, () -> letters.decide(reporter.id(),
                reporter.version(), LetterPassage.Decision.WITHHELD, "  ")).getMessageKey());
        letters.decide(reporter.id(), reporter.version(), LetterPassage.Decision.WITHHELD, "melder wil anoniem blijven");
        assertThrows(ConcurrentEditException.class, () -> letters.decide(reporter.id(), reporter.version(),
                LetterPassage.Decision.RELEASED, "toch vrijgeven"), "a decision made meanwhile is not overwritten");
        for (LetterPassage passage : draft.passages()) {
            if (passage.kind().isMarked() && passage.id() != reporter.id()) {
                letters.decide(passage.id(), passage.version(), LetterPassage.Decision.RELEASED, "over de cliënt zelf");
            }
        }
        SubjectAccessLetterService.Letter decided = letters.letter(id);
        assertEquals(0, decided.pending());
        assertEquals(1, decided.withheld());
        assertThrows(ConcurrentEditException.class, () -> letters.release(id, draft.version()), "an old version");
        byte[] released = letters.release(id, decided.version());

        String text = text(released);
        assertFalse(text.contains("Buurman van " + surname), "the withheld reporter is not in the letter");
        assertTrue(text.contains(Bundles.messages(Locale.forLanguageTag("nl")).getString("letter.withheld")),
                "a sentence says that something was left out");
        assertFalse(text.contains("melder wil anoniem blijven"), "the reason stays with the privacy officer");
        assertTrue(text.contains("Gesprek met " + surname), "a released passage is in it");
        assertArrayEquals(released, letters.document(id), "every download is the document released");
        SubjectAccessLetterService.Letter done = letters.letter(id);
        assertEquals(sha256(released), done.documentSha256());
        assertEquals("letter.alreadyReleased", assertThrows(CaseloadException.class, () -> letters.release(id,
                done.version())).getMessageKey());
        LetterPassage any = done.passages().stream().filter(p -> p.kind().isMarked()).findFirst().orElseThrow();
        assertEquals("letter.alreadyReleased", assertThrows(CaseloadException.class, () -> letters.decide(any.id(),
                any.version(), LetterPassage.Decision.WITHHELD, "later")).getMessageKey());

        assertEquals(1, Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE client_id = ? AND event = 'EXPORT' AND "
                + "worker_login = ? AND detail = ?", client, PRIVACY, "subject-access letter " + id
                + " released; passages withheld=1; sha256=" + sha256(released)), "the release is logged");
        assertEquals(1, Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE client_id = ? AND event = 'UPDATE' AND "
                + "detail = ?", client, "subject-access letter " + id + ": passage " + reporter.id() + " withheld"));
        // the machine-readable export stays complete, and does not count earlier letters as records of the client
        assertTrue(subjectAccess.export(client, "json", Locale.ENGLISH).sections().stream()
                .noneMatch(s -> s.key().startsWith("subject_access")));
    }

    @Test
    void aLetterInEnglish_usesTheEnglishWords() {
        long client = oneDayOldFile(TestData.unique("Letter"));
        SubjectAccessLetterService.Letter letter = letters.letter(letters.draft(client, Locale.ENGLISH));
        String all = String.join("\n", letter.passages().stream().map(LetterPassage::text).toList());
        assertEquals("Access to your data", letter.passages().get(0).text());
        assertTrue(all.contains("Date of birth: 15 June 1980"), all);
        assertTrue(all.contains("Who looked at your file"));
    }

    @Test
    void nobodyButThePrivacyOfficer_draftsReviewsReleasesOrDownloads() {
        long client = oneDayOldFile(TestData.unique("Geheim"));
        long id = letters.draft(client, Locale.forLanguageTag("nl"));
        SubjectAccessLetterService.Letter letter = letters.letter(id);
        LetterPassage marked = letter.passages().stream().filter(p -> p.kind().isMarked()).findFirst().orElseThrow();
        for (String other : List.of("anna.noord", "carla.noord", "gerrit.beheer", "fatima.beleid")) {
            login.as(other);
            assertThrows(EJBAccessException.class, () -> letters.draft(client, Locale.ENGLISH), other);
            assertThrows(EJBAccessException.class, () -> letters.letter(id), other);
            assertThrows(EJBAccessException.class, () -> letters.letters(client), other);
            assertThrows(EJBAccessException.class, () -> letters.decide(marked.id(), marked.version(),
                    LetterPassage.Decision.RELEASED, "x"), other);
            assertThrows(EJBAccessException.class, () -> letters.release(id, letter.version()), other);
            assertThrows(EJBAccessException.class, () -> letters.document(id), other);
            WebClient web = new WebClient(WebClient.applicationRoot()).loggedInAs(other);
            assertEquals(403, web.get("privacy/letter.xhtml?letter=" + id).statusCode(), other);
        }
        login.as(PRIVACY);
        assertEquals(LetterPassage.Decision.PENDING, letters.letter(id).passages().stream()
                .filter(p -> p.id() == marked.id()).findFirst().orElseThrow().decision(), "nothing changed");
    }

    private static String text(byte[] pdf) throws IOException {
        StringBuilder text = new StringBuilder();
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
        } finally {
            reader.close();
        }
        // a line break inside a sentence is a space to the reader
        return text.toString().replaceAll("\\s+", " ");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
