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
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.List;
import nl.gebiedsteam.caseload.privacy.SubjectAccessExport;
import nl.gebiedsteam.caseload.privacy.SubjectAccessExport.Section;

/**
 * The subject-access export as an A4 PDF the client can read. A section can have thirty columns, far too many
 * for one wide table, so every record is printed as its own small table of column name and value.
 *
 * <p>The built-in Helvetica (Windows-1252) needs no font file, but OpenPDF silently drops every character it
 * cannot encode: "Łódź" would print as "ód" and an emoji would vanish, so the copy would look complete while it
 * is not. Such characters are printed as '?' instead; the JSON export keeps every value exactly.
 */
public final class SubjectAccessPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 8);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 7);
    /** Shown for a value that was not recorded, so it cannot be mistaken for an empty one. */
    private static final String NOT_RECORDED = "\u2014";
    private static final char UNPRINTABLE = '?';

    private SubjectAccessPdf() {
    }

    public static byte[] write(SubjectAccessExport export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(pdf, out);
        // document metadata is stored as Unicode, so the title goes in unchanged
        pdf.addTitle(export.title());
        pdf.setFooter(pageNumbers());
        pdf.open();
        pdf.add(new Paragraph(printable(export.title()), TITLE));
        for (String line : export.headerLines()) {
            pdf.add(new Paragraph(printable(line), BODY));
        }
        for (Section section : export.sections()) {
            Paragraph heading = new Paragraph(printable(section.title()), HEADING);
            heading.setSpacingBefore(14);
            heading.setSpacingAfter(6);
            pdf.add(heading);
            if (section.rows().isEmpty()) {
                pdf.add(new Paragraph(printable(export.emptySection()), BODY));
            }
            for (List<String> row : section.rows()) {
                pdf.add(record(section.columns(), row));
            }
        }
        pdf.close();
        return out.toByteArray();
    }

    private static PdfPTable record(List<String> columns, List<String> row) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setWidths(new float[] {1, 2});
        table.setSpacingAfter(8);
        // a record that fits on a page starts on a fresh page rather than being cut in two
        table.setKeepTogether(true);
        for (int i = 0; i < columns.size(); i++) {
            table.addCell(cell(columns.get(i), LABEL));
            String value = row.get(i);
            table.addCell(cell(value == null ? NOT_RECORDED : value, BODY));
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(printable(text), font));
        cell.setPadding(3);
        return cell;
    }

    /** A bare page number: language-neutral, so the footer needs no localised text. */
    private static HeaderFooter pageNumbers() {
        HeaderFooter footer = new HeaderFooter(new Phrase("", SMALL), true);
        footer.setAlignment(Element.ALIGN_CENTER);
        footer.setBorder(Rectangle.NO_BORDER);
        return footer;
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
