package nl.gebiedsteam.caseload.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gebiedsteam.caseload.testsupport.Browser;
import nl.gebiedsteam.caseload.testsupport.BrowserTest;
import nl.gebiedsteam.caseload.testsupport.Deployments;
import nl.gebiedsteam.caseload.testsupport.Zips;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 23 in a real headless Chromium: the privacy officer drafts the subject-access letter of a
 * demo client, decides on every marked passage (one withheld, the others released, each with a
 * reason), cannot release it before that, nor over a decision taken meanwhile in another window,
 * releases it and downloads the PDF, which leaves the withheld passage out, and the ZIP of the
 * documents it released (issue 24), which leaves the withheld document out. Each page is checked
 * with axe-core and for CSP violations.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubjectAccessLetterUiIT extends BrowserTest {

    private static final ResourceBundle DUTCH = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("nl"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    /** A marked passage as the review page shows it: its form's id and its text. */
    private record Marked(String form, String kind, String text) {
    }

    @Test
    void privacyOfficer_reviewsAndReleasesTheLetter_andThePdfLeavesTheWithheldPassageOut() throws Exception {
        long client = demoClientWithAReporterAndNotes();
        Browser hanna = browser();
        hanna.login("hanna.privacy", PASSWORD);
        hanna.open("/privacy/subject.xhtml?client=" + client);
        hanna.awaitText("Conceptbrief maken");
        check(hanna, "subject access, the letter section");

        hanna.clickToLoad("letters:draft");
        hanna.awaitText("De conceptbrief is gemaakt.");
        Matcher id = Pattern.compile("[?&]letter=(\\d+)").matcher(hanna.url());
        assertTrue(id.find(), hanna.url());
        long letter = Long.parseLong(id.group(1));
        assertEquals("Concept", hanna.find("status").getText());
        check(hanna, "letter review, the draft");

        List<Marked> marked = marked(hanna);
        List<String> all = hanna.driver().findElements(By.cssSelector(".letter h2, .letter h3, .letter .passage, "
                + ".letter .passage-text")).stream().map(e -> plain(e.getText())).toList();
        assertTrue(marked.stream().anyMatch(m -> m.kind().equals("Melder of wat een ander meldde")
                && m.text().startsWith("Melder: ")), "the reporter is marked: " + marked);
        assertTrue(marked.size() >= 2, "a reporter and what was reported, at least: " + marked);
        // the draft may propose to withhold a passage itself; the others wait for a decision
        long pending = marked.stream().filter(m -> decision(hanna, m).equals("Nog te beoordelen")).count();
        assertTrue(pending >= 2, "passages to review: " + marked);
        assertTrue(hanna.find("pending").getText().contains("Nog " + pending + " passages te beoordelen"),
                hanna.find("pending").getText());

        // too early: marked passages are still pending
        hanna.clickToLoad("release:release");
        hanna.awaitText("Nog " + pending + " passages wachten op een besluit");
        assertEquals("Concept", hanna.find("status").getText());

        // the passage to withhold: a reporter whose text no other passage of the letter contains
        Marked withheld = marked.stream().filter(m -> m.text().startsWith("Melder: "))
                .filter(m -> all.stream().filter(t -> t.contains(m.text())).count() == 1).findFirst()
                .orElseThrow(() -> new AssertionError("no reporter passage of its own: " + marked));
        // issue 24: the documents on the file are marked too; the first one is withheld, the others go in the ZIP
        List<Marked> documents = marked.stream().filter(m -> m.kind().equals(DUTCH.getString("letterReview.kind.DOCUMENT")))
                .toList();
        assertTrue(documents.size() >= 2, "the demo client's documents are listed: " + marked);
        Marked withheldDocument = documents.get(0);
        decide(hanna, withheldDocument, "WITHHELD", "Noemt een familielid");
        // first released, then withheld after all: a second decision on the same passage is no conflict
        decide(hanna, withheld, "RELEASED", "Eerst vrijgegeven");
        assertEquals("Vrijgegeven", decision(hanna, withheld));
        decide(hanna, withheld, "WITHHELD", "De melder wil niet dat de cliënt weet wie meldde");
        assertEquals("Weggelaten", decision(hanna, withheld));
        assertFalse(hanna.driver().findElements(By.cssSelector("[id='" + withheld.form() + "'] del")).isEmpty(),
                "a withheld passage is struck through");
        assertTrue(hanna.find(withheld.form()).getText().contains("Reden: De melder wil niet dat de cliënt weet wie meldde"));
        check(hanna, "letter review, a passage withheld");

        // someone else decides a passage meanwhile: the decision here is refused and what was typed stays
        List<Marked> others = marked.stream().filter(m -> !m.equals(withheld) && !m.equals(withheldDocument)).toList();
        Marked contested = others.stream().filter(m -> decision(hanna, m).equals("Nog te beoordelen")).findFirst()
                .orElseThrow();
        Browser second = browser();
        second.login("hanna.privacy", PASSWORD);
        second.open("/privacy/letter.xhtml?letter=" + letter);
        decide(second, contested, "RELEASED", "Vrijgegeven in een ander venster");
        decide(hanna, contested, "WITHHELD", "Mijn reden blijft staan");
        String refused = hanna.find(contested.form()).getText();
        assertTrue(refused.contains("uw wijziging is niet opgeslagen"), refused);
        assertEquals("Mijn reden blijft staan", hanna.find(contested.form() + ":reason").getDomProperty("value"));
        assertTrue(hanna.driver().findElement(radio(contested, "WITHHELD")).isSelected(), "the choice stays too");
        assertEquals("Nog te beoordelen", decision(hanna, contested));
        check(hanna, "letter review, a concurrent decision");

        // the page again, with the other window's decision; then release every passage still pending
        hanna.open("/privacy/letter.xhtml?letter=" + letter);
        assertEquals("Vrijgegeven", decision(hanna, contested));
        for (Marked m : others) {
            if (decision(hanna, m).equals("Nog te beoordelen")) {
                decide(hanna, m, "RELEASED", "Noemt niemand anders dan de cliënt");
                assertEquals("Vrijgegeven", decision(hanna, m), m.text());
            }
        }
        hanna.awaitText("Alle gemarkeerde passages zijn beoordeeld");

        // a decision taken elsewhere after this page last looked: the release waits for a new look
        second.open("/privacy/letter.xhtml?letter=" + letter);
        decide(second, contested, "RELEASED", "Nog eens bekeken in een ander venster");
        hanna.clickToLoad("release:release");
        hanna.awaitText("uw wijziging is niet opgeslagen");
        assertEquals("Concept", hanna.find("status").getText());
        hanna.open("/privacy/letter.xhtml?letter=" + letter);
        assertTrue(hanna.find(contested.form()).getText().contains("Nog eens bekeken in een ander venster"));

        List<Marked> left = marked.stream().filter(m -> decision(hanna, m).equals("Weggelaten")).toList();
        List<Marked> released = marked.stream().filter(m -> decision(hanna, m).equals("Vrijgegeven")).toList();
        assertEquals(marked.size(), left.size() + released.size(), "every marked passage decided");

        hanna.clickToLoad("release:release");
        hanna.awaitText("De brief is vrijgegeven.");
        assertEquals("Vrijgegeven", hanna.find("status").getText());
        assertTrue(hanna.find("released").getText().contains("door hanna.privacy"), hanna.find("released").getText());
        assertEquals(String.valueOf(left.size()), hanna.find("withheld").getText());
        assertTrue(hanna.driver().findElements(By.cssSelector("form.passage-marked textarea, #release")).isEmpty(),
                "a released letter is read-only");
        assertTrue(hanna.find(withheld.form()).getText().contains("Reden: De melder wil niet"), "the reason stays on file");
        check(hanna, "letter review, released");

        hanna.find("download:document").click();
        byte[] pdf = Files.readAllBytes(hanna.awaitDownload(".pdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.ISO_8859_1), "a PDF");
        assertEquals(hanna.find("sha256").getText(), sha256(pdf), "the document that was released");
        String text = text(pdf);
        assertFalse(text.contains(withheld.text()), "the withheld passage is left out:\n" + text);
        assertTrue(text.contains(DUTCH.getString("letter.withheld")), "the standard sentence in its place:\n" + text);
        Marked shown = released.stream().filter(m -> m.kind().equals("Vrije tekst van een medewerker")).findFirst()
                .orElse(released.get(0));
        assertTrue(text.contains(shown.text()), "a released passage: " + shown.text() + "\n" + text);
        assertTrue(text.contains("Inzage in uw gegevens"), "the title");

        // beside the letter, the released documents as a ZIP: the withheld one is not in it
        hanna.driver().findElement(By.cssSelector("[id='download:documents'] a")).click();
        Map<String, byte[]> zip = Zips.unzip(Files.readAllBytes(hanna.awaitDownload(".zip")));
        List<String> releasedFiles = documents.stream().filter(m -> !m.equals(withheldDocument))
                .map(SubjectAccessLetterUiIT::fileName).toList();
        assertEquals(releasedFiles.size(), zip.size(), "exactly the released documents: " + zip.keySet());
        for (int i = 0; i < releasedFiles.size(); i++) {
            assertEquals(String.format("%02d - %s", i + 1, releasedFiles.get(i)), List.copyOf(zip.keySet()).get(i));
        }
        assertTrue(zip.keySet().stream().noneMatch(name -> name.endsWith(fileName(withheldDocument))), "withheld");
        assertTrue(zip.values().stream().allMatch(bytes -> new String(bytes, 0, 4, StandardCharsets.ISO_8859_1)
                .equals("%PDF")), "the demo documents, whole");

        // the subject page lists the letter, released, with its download
        hanna.clickToLoad("subject");
        hanna.awaitText("Brieven voor deze cliënt");
        assertTrue(hanna.find("letters:letterList").getText().contains("Vrijgegeven"));
        check(hanna, "subject access, the released letter listed");

        Browser anna = browser();
        anna.login("anna.noord", PASSWORD);
        anna.open("/privacy/letter.xhtml?letter=" + letter);
        assertEquals("Geen toegang", anna.title());
    }

    /**
     * A demo client with a signal whose reporter is named, contact notes and documents (Emma Hendriks);
     * few records, so few passages.
     */
    private static long demoClientWithAReporterAndNotes() throws SQLException {
        List<Long> found = numbers("""
                SELECT c.id FROM client c WHERE c.anonymised_at IS NULL
                AND EXISTS (SELECT 1 FROM signal_report s WHERE s.client_id = c.id AND s.reporter_name IS NOT NULL)
                AND EXISTS (SELECT 1 FROM client_contact k WHERE k.client_id = c.id AND k.note <> '')
                AND (SELECT COUNT(*) FROM client_document d WHERE d.client_id = c.id AND NOT d.voided) >= 2
                ORDER BY (SELECT COUNT(*) FROM client_contact k WHERE k.client_id = c.id)
                + (SELECT COUNT(*) FROM signal_report s WHERE s.client_id = c.id), c.id LIMIT 1""");
        assertFalse(found.isEmpty(), "the demo data has such a client");
        return found.get(0);
    }

    private static List<Marked> marked(Browser browser) {
        List<Marked> marked = new ArrayList<>();
        for (WebElement form : browser.driver().findElements(By.cssSelector("form.passage-marked"))) {
            marked.add(new Marked(form.getDomAttribute("id"), form.findElement(By.cssSelector(".badge")).getText(),
                    plain(form.findElement(By.cssSelector(".passage-text")).getText())));
        }
        return marked;
    }

    /** The file name a document passage lists ("…; Bestand: brief.pdf; Grootte: …"). */
    private static String fileName(Marked document) {
        Matcher name = Pattern.compile("Bestand: ([^;]+);").matcher(document.text());
        assertTrue(name.find(), document.text());
        return name.group(1);
    }


    private static By radio(Marked passage, String value) {
        return By.cssSelector("input[type='radio'][name='" + passage.form() + ":choice'][value='" + value + "']");
    }

    /** Chooses and saves a decision on one passage, by AJAX, and waits for the answer. */
    private static void decide(Browser browser, Marked passage, String choice, String reason) {
        browser.driver().findElement(radio(passage, choice)).click();
        browser.type(passage.form() + ":reason", reason);
        browser.find(passage.form() + ":save").click();
        browser.awaitAjax();
    }

    private static String decision(Browser browser, Marked passage) {
        return browser.find(passage.form()).findElement(By.cssSelector(".passage-decision")).getText();
    }

    /** Whitespace as single spaces: the page breaks lines where the PDF does not, and the other way round. */
    private static String plain(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return plain(text.toString());
        } finally {
            reader.close();
        }
    }

    private static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
