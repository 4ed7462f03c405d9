package nl.gebiedsteam.caseload.report;

import java.io.Serializable;
import java.util.List;

/**
 * The report in the reader's language, ready to lay out: what was counted (title, period, team),
 * when, the tables, the definitions and the suppression note. Built from an {@link AnnualReport},
 * so it holds nothing but published (perturbed) numbers.
 */
public record ReportDocument(String title, String period, String generated, List<ReportTable> tables,
        List<Definition> definitions, String suppressionNote, String fileName) implements Serializable {

    /** A counted term and what it means. */
    public record Definition(String term, String meaning) implements Serializable {
    }
}
