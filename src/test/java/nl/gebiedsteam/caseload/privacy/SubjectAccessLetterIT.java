package nl.gebiedsteam.caseload.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.document.DocumentKind;
import nl.gebiedsteam.caseload.document.DocumentService;
import nl.gebiedsteam.caseload.shared.Bundles;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.ConcurrentEditException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.testsupport.Deployments;
import nl.gebiedsteam.caseload.testsupport.Fixtures;
import nl.gebiedsteam.caseload.testsupport.Sql;
import nl.gebiedsteam.caseload.testsupport.TestData;
import nl.gebiedsteam.caseload.testsupport.TestLogin;
import nl.gebiedsteam.caseload.testsupport.WebClient;
import nl.gebiedsteam.caseload.testsupport.Zips;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 23, item 3: the subject-access letter. A file one day old (a signal from a neighbour who
 * asked to stay anonymous, a pathway, an intake, a contact, a referral with consent) gives a letter
 * of a few pages in plain words, with every passage that may name someone else marked; nothing goes
 * out until the privacy officer has decided on each, and what goes out is what was reviewed. Issue
 * 24: the letter lists the documents on the file, each marked, and the ZIP beside the released
 * letter holds exactly the released ones, byte for byte as they were listed.
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

    @Inject
    DocumentService documents;

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

    /** A file in the hands of a caseworker of its own, who uploads documents with real bytes. */
    private record DocumentFile(long client, String responsible, long measure) {
    }

    private DocumentFile fileWithACaseworker(String surname) {
        String responsible = TestData.unique("cw.inzage").toLowerCase(Locale.ROOT);
        long worker = Fixtures.worker(db, responsible, TestData.TEAM_NOORD, "CASEWORKER");
        long client = Fixtures.fileAwaitingPlanApproval(db, TestData.TEAM_NOORD, worker, surname);
        return new DocumentFile(client, responsible, Fixtures.measure(db, client));
    }

    /** Uploads a one-page PDF saying {@code text}, as the file's caseworker; returns its id. */
    private long upload(DocumentFile file, String title, int daysAgo, Long measure, String fileName, byte[] pdf) {
        login.as(file.responsible());
        return documents.upload(file.client(), new DocumentService.Description(title, DocumentKind.DECISION,
                LocalDate.now(Times.DISPLAY_ZONE).minusDays(daysAgo), measure), fileName, new ByteArrayInputStream(pdf));
    }

    private static byte[] pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }


    private byte[] zip(long letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        letters.documents(letter, l -> out);
        return out.toByteArray();
    }

    @Test
    void theLetterListsTheDocuments_andTheZipGivesExactlyTheReleasedOnes_asTheyWereListed() throws Exception {
        String surname = TestData.unique("Zip");
        DocumentFile file = fileWithACaseworker(surname);
        byte[] decision = pdf("Beschikking voor " + surname);
        byte[] secondDecision = pdf("Tweede beschikking voor " + surname);
        byte[] aboutTheNeighbours = pdf("Wat de buren zeiden over " + surname);
        byte[] ruling = pdf("Vonnis over " + surname);
        byte[] letterFromSchool = pdf("Brief van school over " + surname);
        long first = upload(file, "Beschikking", 40, null, "beschikking.pdf", decision);
        long second = upload(file, "Tweede beschikking", 30, null, "beschikking.pdf", secondDecision);
        long neighbours = upload(file, "Rapport over de buren", 20, null, "rapport.pdf", aboutTheNeighbours);
        long measureDocument = upload(file, "Vonnis", 10, file.measure(), "vonnis.pdf", ruling);
        long voidedLater = upload(file, "Brief van school", 5, null, "brief.pdf", letterFromSchool);
        long voidedBefore = upload(file, "Verkeerde cliënt", 3, null, "verkeerd.pdf", pdf("Iemand anders"));
        documents.voidDocument(voidedBefore, documents.document(voidedBefore).version(), "verkeerde cliënt");

        login.as(PRIVACY);
        long id = letters.draft(file.client(), Locale.forLanguageTag("nl"));
        SubjectAccessLetterService.Letter draft = letters.letter(id);
        List<LetterPassage> listed = draft.passages().stream().filter(p -> p.kind() == LetterPassage.Kind.DOCUMENT)
                .toList();
        assertEquals(List.of(first, second, neighbours, measureDocument, voidedLater), listed.stream()
                .map(LetterPassage::documentId).toList(), "every document not voided, a measure's too, oldest first");
        assertTrue(listed.stream().allMatch(p -> p.decision() == LetterPassage.Decision.PENDING), "each marked");
        assertEquals(sha256(decision), listed.get(0).documentSha256(), "the hash when drafted");
        String day = LocalDate.now(Times.DISPLAY_ZONE).minusDays(10).format(java.time.format.DateTimeFormatter
                .ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl")));
        java.text.NumberFormat dutch = java.text.NumberFormat.getNumberInstance(Locale.forLanguageTag("nl"));
        assertEquals("Titel: Vonnis; Soort: Beschikking; Datum: " + day + "; Bestand: vonnis.pdf; Grootte: "
                + (ruling.length < 1024 ? dutch.format(ruling.length) + " bytes" : dutch.format(ruling.length / 1024)
                        + " kB"), listed.get(3).text());
        assertThrows(NotFoundException.class, () -> zip(id), "a draft has no ZIP");

        // the neighbours' report is withheld, everything else released
        for (LetterPassage passage : draft.passages()) {
            if (passage.kind().isMarked()) {
                boolean withhold = passage.documentId() != null && passage.documentId() == neighbours;
                letters.decide(passage.id(), passage.version(), withhold ? LetterPassage.Decision.WITHHELD
                        : LetterPassage.Decision.RELEASED, withhold ? "noemt de buren" : "over de cliënt zelf");
            }
        }
        byte[] released = letters.release(id, letters.letter(id).version());
        String text = text(released);
        assertTrue(text.contains(Bundles.messages(Locale.forLanguageTag("nl")).getString("letter.withheldDocument")),
                text);
        assertFalse(text.contains("Rapport over de buren") || text.contains("rapport.pdf"), text);
        assertTrue(text.contains("Bestand: vonnis.pdf"), text);

        // the privacy officer reads a listed document before deciding; every such download is logged
        LetterPassage neighboursPassage = listed.get(2);
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        String[] name = new String[1];
        letters.listedDocument(neighboursPassage.id(), f -> {
            name[0] = f.fileName() + " " + f.mediaType() + " " + f.sizeBytes();
            return read;
        });
        assertArrayEquals(aboutTheNeighbours, read.toByteArray());
        assertEquals("rapport.pdf application/pdf " + aboutTheNeighbours.length, name[0]);
        assertEquals(1, Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE client_id = ? AND event = 'EXPORT' AND "
                + "worker_login = ? AND detail = ?", file.client(), PRIVACY, "subject-access letter " + id + ": document="
                + neighbours + " downloaded for review"));

        // voided after the letter was drafted: left out, and the ZIP says so
        login.as(file.responsible());
        documents.voidDocument(voidedLater, documents.document(voidedLater).version(), "hoort bij een ander dossier");
        login.as(PRIVACY);
        assertThrows(NotFoundException.class, () -> letters.listedDocument(listed.get(4).id(), f -> read),
                "no longer the document listed");

        Map<String, byte[]> zip = Zips.unzip(zip(id));
        assertEquals(List.of("01 - beschikking.pdf", "02 - beschikking.pdf", "03 - vonnis.pdf", "LEESMIJ.txt"),
                List.copyOf(zip.keySet()), "the released documents, numbered in the letter's order, and a note");
        assertArrayEquals(decision, zip.get("01 - beschikking.pdf"), "byte for byte");
        assertArrayEquals(secondDecision, zip.get("02 - beschikking.pdf"));
        assertArrayEquals(ruling, zip.get("03 - vonnis.pdf"), "a measure's document, released, goes too");
        assertTrue(zip.values().stream().noneMatch(bytes -> Arrays.equals(bytes, aboutTheNeighbours)), "nothing withheld");
        String readme = new String(zip.get("LEESMIJ.txt"), StandardCharsets.UTF_8);
        assertTrue(readme.startsWith(Bundles.messages(Locale.forLanguageTag("nl")).getString("letter.zip.readme")), readme);
        assertTrue(readme.contains("- brief.pdf"), readme);
        assertFalse(readme.contains("rapport.pdf"), "a withheld document is not named: " + readme);
        assertEquals(1, Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE client_id = ? AND event = 'EXPORT' AND "
                + "worker_login = ? AND detail = ?", file.client(), PRIVACY, "subject-access letter " + id
                + " documents downloaded; documents=3; left out=1"), "every ZIP download is logged, ids and counts only");

        // changed bytes under the same document: left out as well
        Sql.execute(db, "UPDATE client_document_chunk SET bytes = ? WHERE document_id = ?", pdf("Iets anders"),
                measureDocument);
        assertEquals(List.of("01 - beschikking.pdf", "02 - beschikking.pdf", "LEESMIJ.txt"),
                List.copyOf(Zips.unzip(zip(id)).keySet()));

        // over HTTP: the privacy officer gets the ZIP as an attachment, nobody else gets anything
        WebClient privacyOfficer = new WebClient(WebClient.applicationRoot()).loggedInAs(PRIVACY);
        HttpResponse<byte[]> web = privacyOfficer.download("privacy/letter-documents?letter=" + id);
        assertEquals(200, web.statusCode());
        assertTrue(web.headers().firstValue("Content-Type").orElse("").startsWith("application/zip"));
        assertTrue(web.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertEquals(Set.of("01 - beschikking.pdf", "02 - beschikking.pdf", "LEESMIJ.txt"), Zips.unzip(web.body()).keySet());
        HttpResponse<byte[]> one = privacyOfficer.download("privacy/letter-document?passage=" + neighboursPassage.id());
        assertEquals(200, one.statusCode());
        assertArrayEquals(aboutTheNeighbours, one.body());
        assertTrue(one.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"rapport.pdf\""));
        assertEquals(404, privacyOfficer.download("privacy/letter-document?passage=" + draft.passages().get(0).id())
                .statusCode(), "a passage that lists no document");
        for (String other : List.of(file.responsible(), "anna.noord", "carla.noord", "gerrit.beheer", "fatima.beleid")) {
            login.as(other);
            assertThrows(EJBAccessException.class, () -> zip(id), other);
            assertThrows(EJBAccessException.class, () -> letters.listedDocument(neighboursPassage.id(), f -> read), other);
        }
        for (String other : List.of("anna.noord", "carla.noord", "gerrit.beheer", "fatima.beleid")) {
            WebClient client = new WebClient(WebClient.applicationRoot()).loggedInAs(other);
            assertEquals(403, client.download("privacy/letter-documents?letter=" + id).statusCode(), other);
            assertEquals(403, client.download("privacy/letter-document?passage=" + neighboursPassage.id()).statusCode(),
                    other);
        }
        login.as(PRIVACY);
    }

    @Test
    void aDraft_hasNoZip_overHttpEither() {
        long client = oneDayOldFile(TestData.unique("Concept"));
        long id = letters.draft(client, Locale.forLanguageTag("nl"));
        assertThrows(NotFoundException.class, () -> zip(id));
        assertEquals(404, new WebClient(WebClient.applicationRoot()).loggedInAs(PRIVACY)
                .download("privacy/letter-documents?letter=" + id).statusCode());
        assertEquals(0, Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE client_id = ? AND detail LIKE ?", client,
                "%documents downloaded%"), "nothing given, nothing logged as given");
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
