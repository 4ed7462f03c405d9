package nl.gebiedsteam.caseload.report.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.ByteArrayOutputStream;
import java.util.List;
import nl.gebiedsteam.caseload.report.ReportDocument;
import nl.gebiedsteam.caseload.report.ReportTable;

/**
 * The report as an A4 PDF for the council: heading, suppression note, every table, definitions.
 * The built-in Helvetica (Windows-1252) covers the Dutch texts, so no font file has to ship.
 */
final class PdfWriter {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);

    private PdfWriter() {
    }

    static byte[] write(ReportDocument report, String definitionsHeading) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 40, 40, 40, 40);
        com.lowagie.text.pdf.PdfWriter.getInstance(pdf, out);
        pdf.addTitle(report.title());
        pdf.open();
        pdf.add(new Paragraph(report.title(), TITLE));
        pdf.add(new Paragraph(report.period(), HEADING));
        pdf.add(new Paragraph(report.generated(), BODY));
        pdf.add(new Paragraph(report.suppressionNote(), BODY));
        for (ReportTable table : report.tables()) {
            Paragraph caption = new Paragraph(table.caption(), HEADING);
            caption.setSpacingBefore(10);
            caption.setSpacingAfter(4);
            pdf.add(caption);
            pdf.add(table(table));
        }
        Paragraph heading = new Paragraph(definitionsHeading, HEADING);
        heading.setSpacingBefore(12);
        pdf.add(heading);
        for (ReportDocument.Definition definition : report.definitions()) {
            Paragraph paragraph = new Paragraph();
            paragraph.add(new Phrase(definition.term() + ": ", HEADING));
            paragraph.add(new Phrase(definition.meaning(), BODY));
            paragraph.setSpacingAfter(3);
            pdf.add(paragraph);
        }
        pdf.close();
        return out.toByteArray();
    }

    private static PdfPTable table(ReportTable table) {
        int columns = table.columns().size();
        PdfPTable pdfTable = new PdfPTable(columns);
        pdfTable.setWidthPercentage(100);
        float[] widths = new float[columns];
        widths[0] = 3;
        for (int i = 1; i < columns; i++) {
            widths[i] = 1;
        }
        pdfTable.setWidths(widths);
        pdfTable.setHeaderRows(1);
        row(pdfTable, table.columns(), HEADING);
        table.rows().forEach(cells -> row(pdfTable, cells, BODY));
        return pdfTable;
    }

    private static void row(PdfPTable table, List<String> cells, Font font) {
        for (int i = 0; i < cells.size(); i++) {
            PdfPCell cell = new PdfPCell(new Phrase(cells.get(i), font));
            cell.setHorizontalAlignment(i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            cell.setPadding(3);
            table.addCell(cell);
        }
    }
}
