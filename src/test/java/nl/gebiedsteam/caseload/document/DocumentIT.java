package nl.gebiedsteam.caseload.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.ConcurrentEditException;
import nl.gebiedsteam.caseload.shared.OutOfScopeException;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.testsupport.Deployments;
import nl.gebiedsteam.caseload.testsupport.Fixtures;
import nl.gebiedsteam.caseload.testsupport.Sql;
import nl.gebiedsteam.caseload.testsupport.TestData;
import nl.gebiedsteam.caseload.testsupport.TestLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 24, documents: what an upload refuses (and that it then stores nothing), the type read from
 * the bytes, the chunked storage read back byte for byte, and who may download a document, on the
 * service. The upload page, its progress bar and the subject-access ZIP follow.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestLogin().addClasses(DocumentIT.class);
    }

    @Inject
    TestLogin login;

    @Inject
    DocumentService documents;

    @Resource(lookup = "java:app/jdbc/caseload")
    DataSource db;

    private record File(long client, String responsible, String colleague, long measure) {
    }

    private File file() {
        String responsible = TestData.unique("cw.doc").toLowerCase(Locale.ROOT);
        String colleague = TestData.unique("cw.docc").toLowerCase(Locale.ROOT);
        long worker = Fixtures.worker(db, responsible, TestData.TEAM_NOORD, "CASEWORKER");
        Fixtures.worker(db, colleague, TestData.TEAM_NOORD, "CASEWORKER");
        long client = Fixtures.fileAwaitingPlanApproval(db, TestData.TEAM_NOORD, worker, TestData.unique("Document"));
        long measure = Fixtures.measure(db, client);
        login.as(responsible);
        return new File(client, responsible, colleague, measure);
    }

    private static DocumentService.Description about(String title, Long measure) {
        return new DocumentService.Description(title, DocumentKind.DECISION, LocalDate.now(Times.DISPLAY_ZONE), measure);
    }

    @Test
    void aPdf_isStoredInChunks_andReadBackByteForByte() throws Exception {
        File f = file();
        // a little over two chunks, so the reading back crosses chunk borders
        byte[] pdf = pdf(DocumentBytes.CHUNK_BYTES * 2 + 12_345);
        long id = documents.upload(f.client(), about("Beschikking", null), "beschikking.pdf",
                new ByteArrayInputStream(pdf));
        DocumentRow row = documents.document(id);
        assertEquals(List.of("application/pdf", (long) pdf.length, "beschikking.pdf"), List.of(row.mediaType(),
                row.sizeBytes(), row.fileName()));
        assertEquals(3, Sql.number(db, "SELECT COUNT(*) FROM client_document_chunk WHERE document_id = ?", id));
        ByteArrayOutputStream back = new ByteArrayOutputStream();
        documents.download(id, facts -> back);
        assertArrayEquals(pdf, back.toByteArray());
        assertEquals(1, Sql.number(db, "SELECT COUNT(*) FROM access_log WHERE client_id = ? AND event = 'EXPORT' "
                + "AND detail = ?", f.client(), "document=" + id + " downloaded"), "every download is logged");
    }

    @Test
    void badFiles_areRefusedWithAMessage_andNothingIsStored() throws Exception {
        File f = file();
        long before = Sql.number(db, "SELECT COUNT(*) FROM client_document WHERE client_id = ?", f.client());
        byte[] executable = ("MZ" + "\0".repeat(200) + "This program cannot be run in DOS mode").getBytes(
                StandardCharsets.ISO_8859_1);
        List<Object[]> refused = List.of(
                new Object[] {"document.file.empty", "leeg.pdf", new byte[0]},
                new Object[] {"document.type.refused", "rapport.pdf", executable},
                new Object[] {"document.type.refused", "notities.txt", "gewone tekst".getBytes(StandardCharsets.UTF_8)},
                new Object[] {"document.type.refused", "brief.docx", pdf(1000)},
                new Object[] {"document.pdf.malformed", "afgebroken.pdf", Arrays.copyOf(pdf(1000), 600)},
                new Object[] {"document.pdf.encrypted", "beveiligd.pdf", encryptedPdf()},
                new Object[] {"document.name.invalid", "../../etc/brief.pdf", pdf(1000)},
                new Object[] {"document.name.invalid", "brief\u0007.pdf", pdf(1000)},
                new Object[] {"document.name.invalid", "x".repeat(296) + ".pdf", pdf(1000)});
        for (Object[] bad : refused) {
            CaseloadException e = assertThrows(CaseloadException.class, () -> documents.upload(f.client(),
                    about("Brief", null), (String) bad[1], new ByteArrayInputStream((byte[]) bad[2])), (String) bad[1]);
            assertEquals(bad[0], e.getMessageKey(), (String) bad[1]);
        }
        // larger than 20 MB, streamed: never held in memory by the test either
        CaseloadException tooLarge = assertThrows(CaseloadException.class, () -> documents.upload(f.client(),
                about("Groot", null), "groot.pdf", pdfOf(21L * 1024 * 1024)));
        assertEquals("document.file.tooLarge", tooLarge.getMessageKey());
        assertEquals(before, Sql.number(db, "SELECT COUNT(*) FROM client_document WHERE client_id = ?", f.client()),
                "nothing of a refused upload is kept");
        assertEquals(0, Sql.number(db, "SELECT COUNT(*) FROM client_document_chunk c LEFT JOIN client_document d "
                + "ON d.id = c.document_id WHERE d.id IS NULL"));
    }

    @Test
    void aMeasureDocument_isForTheResponsibleAndTheLead_otherDocumentsForTheTeam() throws Exception {
        File f = file();
        long plain = documents.upload(f.client(), about("Brief van de school", null), "brief.pdf",
                new ByteArrayInputStream(pdf(2000)));
        long ruling = documents.upload(f.client(), about("Vonnis", f.measure()), "vonnis.pdf",
                new ByteArrayInputStream(pdf(3000)));

        login.as("carla.noord");
        assertEquals(2, documents.list(f.client()).size(), "the team lead sees both");
        documents.download(ruling, row -> new ByteArrayOutputStream());

        login.as(f.colleague());
        assertEquals(List.of(plain), documents.list(f.client()).stream().map(DocumentRow::id).toList(),
                "a colleague sees the plain document only");
        assertThrows(OutOfScopeException.class, () -> documents.download(ruling, row -> new ByteArrayOutputStream()));
        assertThrows(OutOfScopeException.class, () -> documents.document(ruling));
        assertEquals("document.measure.notYours", assertThrows(CaseloadException.class, () -> documents.upload(
                f.client(), about("Vonnis", f.measure()), "vonnis.pdf", new ByteArrayInputStream(pdf(1000))))
                .getMessageKey());

        for (String outsider : List.of("dirk.zuid", "julia.centrum")) {
            login.as(outsider);
            assertThrows(OutOfScopeException.class, () -> documents.download(plain, row -> new ByteArrayOutputStream()));
            assertThrows(OutOfScopeException.class, () -> documents.list(f.client()));
        }
        for (String role : List.of("fatima.beleid", "gerrit.beheer", "hanna.privacy")) {
            login.as(role);
            assertThrows(EJBAccessException.class, () -> documents.download(plain, row -> new ByteArrayOutputStream()), role);
        }

        login.as(f.colleague());
        assertThrows(OutOfScopeException.class, () -> documents.describe(ruling, 0, "Vonnis", DocumentKind.OTHER,
                LocalDate.now(Times.DISPLAY_ZONE)));

        login.as(f.responsible());
        DocumentRow read = documents.document(plain);
        documents.describe(plain, read.version(), "Brief van de school over verzuim", DocumentKind.LETTER,
                read.documentDate());
        assertThrows(ConcurrentEditException.class, () -> documents.describe(plain, read.version(), "Brief",
                DocumentKind.LETTER, read.documentDate()), "a change made meanwhile is not overwritten");
        DocumentRow row = documents.document(plain);
        assertEquals("Brief van de school over verzuim", row.title());
        assertEquals("document.date.invalid", assertThrows(CaseloadException.class, () -> documents.describe(plain,
                row.version(), "Brief", DocumentKind.LETTER, LocalDate.now(Times.DISPLAY_ZONE).plusDays(1)))
                .getMessageKey());
        assertEquals("document.void.reasonRequired", assertThrows(CaseloadException.class,
                () -> documents.voidDocument(plain, row.version(), "")).getMessageKey());
        documents.voidDocument(plain, row.version(), "verkeerde cliënt");
        assertTrue(documents.list(f.client()).stream().noneMatch(d -> d.id() == plain), "voided, not shown");
        assertEquals(1, Sql.number(db, "SELECT COUNT(*) FROM client_document_chunk WHERE document_id = ?", plain),
                "voided, not deleted: destruction removes the bytes");
    }

    /** A real PDF of {@code size} bytes at least: a comment line pads it just before its end-of-file marker. */
    static byte[] pdf(int size) throws Exception {
        byte[] small = pdfOneLine();
        if (small.length >= size) {
            return small;
        }
        String text = new String(small, StandardCharsets.ISO_8859_1);
        int end = text.lastIndexOf("%%EOF");
        String padded = text.substring(0, end) + "%" + "x".repeat(size - small.length) + "\n" + text.substring(end);
        return padded.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A one-line PDF. */
    private static byte[] pdfOneLine() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Beschikking"));
        document.close();
        return out.toByteArray();
    }

    /**
     * A PDF whose trailer names a standard security handler, as a password-protected PDF's does
     * (OpenPDF would need BouncyCastle to encrypt one for real).
     */
    private static byte[] encryptedPdf() throws Exception {
        String text = new String(pdfOneLine(), StandardCharsets.ISO_8859_1);
        return text.replace("/Root", "/Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 >> /Root")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A PDF header followed by {@code size} bytes, produced as it is read. */
    private static InputStream pdfOf(long size) {
        return new InputStream() {
            private final byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
            private long read;

            @Override
            public int read() {
                if (read >= size) {
                    return -1;
                }
                int next = read < header.length ? header[(int) read] : ' ';
                read++;
                return next;
            }
        };
    }
}
