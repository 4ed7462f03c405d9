package nl.gebiedsteam.caseload.report;

import java.io.Serializable;
import java.util.List;

/**
 * One table of the report as published: a caption, column headings and rows of display text
 * (the first cell of a row is its heading). The page and every export lay out these same tables,
 * so what a council member downloads is what the page shows.
 */
public record ReportTable(String id, String caption, List<String> columns, List<List<String>> rows)
        implements Serializable {
}
