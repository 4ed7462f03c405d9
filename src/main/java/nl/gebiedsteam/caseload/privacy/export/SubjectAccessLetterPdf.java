package nl.gebiedsteam.caseload.privacy.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.List;
import nl.gebiedsteam.caseload.privacy.LetterPassage;

/**
 * A subject-access letter as an A4 PDF, made from its reviewed passages: the first heading is the
 * title, a withheld passage is a standard sentence in its place (the privacy officer's reason stays
 * in the file and the log, not in the letter), and nothing else is added.
 *
 * <p>The built-in Helvetica (Windows-1252) needs no font file, but OpenPDF silently drops every character it
 * cannot encode: "Łódź" would print as "ód" and an emoji would vanish, so the letter would look complete while
 * it is not. Such characters are printed as '?' instead; the JSON export keeps every value exactly.
 */
public final class SubjectAccessLetterPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font WITHHELD = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 10);
    private static final char UNPRINTABLE = '?';

    private SubjectAccessLetterPdf() {
    }

    /**
     * The letter; {@code withheld} is the sentence that stands in for a passage left out,
     * {@code withheldDocument} the one for a document left out.
     */
    public static byte[] write(List<LetterPassage> passages, String withheld, String withheldDocument) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(pdf, out);
        HeaderFooter footer = new HeaderFooter(new Phrase("", BODY), true);
        footer.setAlignment(Element.ALIGN_CENTER);
        footer.setBorder(Rectangle.NO_BORDER);
        pdf.setFooter(footer);
        pdf.open();
        boolean first = true;
        for (LetterPassage passage : passages) {
            Paragraph paragraph;
            if (passage.decision() == LetterPassage.Decision.WITHHELD) {
                paragraph = new Paragraph(passage.kind() == LetterPassage.Kind.DOCUMENT ? withheldDocument : withheld,
                        WITHHELD);
            } else if (passage.kind() == LetterPassage.Kind.HEADING) {
                paragraph = new Paragraph(printable(passage.text()), first ? TITLE : HEADING);
                paragraph.setSpacingBefore(first ? 0 : 12);
                if (first) {
                    pdf.addTitle(passage.text());
                }
                first = false;
            } else {
                paragraph = new Paragraph(printable(passage.text()), BODY);
                paragraph.setIndentationLeft(passage.kind() == LetterPassage.Kind.PARAGRAPH ? 0 : 12);
            }
            paragraph.setSpacingAfter(4);
            pdf.add(paragraph);
        }
        pdf.close();
        return out.toByteArray();
    }

    /**
     * The text with every character Helvetica cannot show replaced by '?', one per character (an emoji is two
     * Java chars but one '?'). Composed first, so "e" followed by a combining accent still prints as "é".
     */
    static String printable(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        BaseFont font = BODY.getBaseFont();
        StringBuilder result = new StringBuilder(composed.length());
        composed.codePoints().forEach(codePoint -> {
            if (Character.isBmpCodePoint(codePoint) && font.charExists(codePoint)) {
                result.append((char) codePoint);
            } else {
                result.append(UNPRINTABLE);
            }
        });
        return result.toString();
    }
}
