package nl.gebiedsteam.caseload.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.gebiedsteam.caseload.testsupport.Browser;
import nl.gebiedsteam.caseload.testsupport.BrowserTest;
import nl.gebiedsteam.caseload.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 24 in a real headless Chromium: Emma Hendriks' demo documents (client 21, anna.noord's),
 * uploading several files at once with a progress bar, a refused file named next to the file field
 * while the form keeps its choices, a download, and the page in English. Every page is checked
 * with axe-core and for CSP violations.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentUiIT extends BrowserTest {

    private static final long EMMA = 21;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theDemoDocuments_areListed_andOneIsDownloaded() throws Exception {
        Browser anna = browser();
        anna.login("anna.noord", PASSWORD);
        anna.open("/client/view.xhtml?id=" + EMMA);
        anna.clickToLoad("documentsLink");
        assertEquals("Documenten", anna.title());
        String list = anna.find("list:documents").getText();
        for (String demo : List.of("Beschikking Wmo-begeleiding", "Toestemming gegevensdeling verslavingszorg",
                "Brief woningcorporatie over huurachterstand", "Toestemmingsformulier")) {
            assertTrue(list.contains(demo), demo + " in " + list);
        }
        check(anna, "documents page");

        anna.driver().findElement(By.linkText("Beschikking Wmo-begeleiding")).click();
        Path downloaded = anna.awaitDownload("beschikking-wmo-begeleiding.pdf");
        byte[] bytes = Files.readAllBytes(downloaded);
        assertTrue(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"), "a PDF");
    }

    @Test
    void severalFiles_areUploadedAtOnce_andARefusedOneIsNamed_whileTheFormKeepsItsChoices() throws Exception {
        Path folder = Files.createTempDirectory("caseload-upload");
        Path first = write(folder, "brief-huisarts.pdf", pdf("Brief van de huisarts"));
        Path second = write(folder, "verslag-gesprek.pdf", pdf("Verslag van het gesprek"));
        Path empty = write(folder, "leeg.pdf", new byte[0]);
        Path fake = write(folder, "rapport.pdf", "MZ dit is geen PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        Browser bram = browser();
        bram.login("bram.noord", PASSWORD);
        bram.open("/client/documents.xhtml?id=" + EMMA);
        new Select(bram.find("upload:kind")).selectByVisibleText("Brief");
        WebElement choose = bram.driver().findElement(By.cssSelector("#upload\\:files .ui-fileupload-choose"));
        assertEquals("0", choose.getDomAttribute("tabindex"), "choosing files is reachable by keyboard");

        bram.find("upload:files_input").sendKeys(String.join("\n", List.of(first.toString(), second.toString(),
                empty.toString(), fake.toString())));
        assertEquals(4, bram.driver().findElements(By.cssSelector("#upload\\:files .ui-fileupload-row")).size());
        assertEquals(4, bram.driver().findElements(By.cssSelector("#upload\\:files .ui-progressbar")).size(),
                "each file has its progress bar");
        check(bram, "files chosen");

        bram.driver().findElement(By.cssSelector("#upload\\:files .ui-fileupload-upload")).sendKeys(Keys.ENTER);
        bram.awaitText("verslag-gesprek.pdf is toegevoegd.");
        bram.awaitText("leeg.pdf is niet toegevoegd: Het bestand is leeg.");
        bram.awaitText("rapport.pdf is niet toegevoegd: Dit bestandstype kan niet");
        bram.awaitAjax();
        // PrimeFaces fades each sent file's row out; half-faded text is what axe would judge
        new WebDriverWait(bram.driver(), Duration.ofSeconds(20)).until(d -> d.findElements(
                By.cssSelector("#upload\\:files .ui-fileupload-row")).isEmpty());
        String list = bram.find("list:documents").getText();
        assertTrue(list.contains("brief-huisarts") && list.contains("verslag-gesprek"), list);
        assertFalse(list.contains("leeg") || list.contains("rapport"), "nothing of a refused file is kept");
        assertEquals("Brief", new Select(bram.find("upload:kind")).getFirstSelectedOption().getText(),
                "the form keeps its choice");
        assertTrue(bram.find("upload:filesMessage").getText().contains("leeg.pdf"), "named next to the file field");
        check(bram, "after uploading");

        // a title changed afterwards, by keyboard
        bram.driver().findElement(By.xpath("//tr[td//a[normalize-space()='verslag-gesprek']]//button"))
                .sendKeys(Keys.ENTER);
        bram.awaitAjax();
        bram.find("describe:title").clear();
        bram.type("describe:title", "Verslag gesprek met Emma");
        bram.find("describe:save").sendKeys(Keys.ENTER);
        bram.awaitText("Het document is gewijzigd.");
        assertTrue(bram.find("list:documents").getText().contains("Verslag gesprek met Emma"));

        bram.clickToLoad("languageForm:switchLanguage");
        assertEquals("Documents", bram.title());
        assertTrue(bram.text().contains("Choose files") && bram.text().contains("Kind of document"), bram.text());
        check(bram, "documents page in English");
        bram.clickToLoad("languageForm:switchLanguage");
    }

    private static Path write(Path folder, String name, byte[] content) throws Exception {
        return Files.write(folder.resolve(name), content);
    }

    /** A one-page PDF made with OpenPDF. */
    private static byte[] pdf(String line) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        com.lowagie.text.Document document = new com.lowagie.text.Document();
        com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
        document.open();
        document.add(new com.lowagie.text.Paragraph(line));
        document.close();
        return out.toByteArray();
    }
}
