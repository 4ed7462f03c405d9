package nl.gebiedsteam.caseload.privacy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Everything recorded about one client, already localised, as handed to the document writers for a
 * subject-access request (GDPR art. 15). The writers only lay it out; which records belong in it and
 * how values are displayed is decided when the export is filled, so the JSON and the PDF always agree.
 *
 * @param clientId     the client the export is about
 * @param title        the document title, e.g. "Inzageverzoek cliënt 42"
 * @param headerLines  localised lines under the title, e.g. "Gemaakt op 06-12-2026 07:10 door hanna.privacy"
 * @param sections     one section per kind of record, in display order
 * @param emptySection the localised text shown under a section without rows, e.g. "Geen gegevens vastgelegd."
 */
public record SubjectAccessExport(long clientId, String title, List<String> headerLines, List<Section> sections,
        String emptySection) {

    public SubjectAccessExport {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(emptySection, "emptySection");
        headerLines = List.copyOf(headerLines);
        sections = List.copyOf(sections);
    }

    /**
     * One kind of record (e.g. "Contacten"): a stable machine key, a localised title, column names, and rows of
     * display values (null = not recorded).
     *
     * <p>Every row has one value per column, and column names are distinct: the JSON writes a row as an object
     * keyed by column name, where a repeated name would silently overwrite a value.
     */
    public record Section(String key, String title, List<String> columns, List<List<String>> rows) {

        public Section {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(title, "title");
            columns = List.copyOf(columns);
            if (new HashSet<>(columns).size() != columns.size()) {
                throw new IllegalArgumentException("Section " + key + " repeats a column name: " + columns);
            }
            List<List<String>> copied = new ArrayList<>(rows.size());
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("Section " + key + " has a row of " + row.size()
                            + " values for " + columns.size() + " columns");
                }
                // List.copyOf rejects nulls, and null is how "not recorded" is told apart from an empty value
                copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
            }
            rows = Collections.unmodifiableList(copied);
        }
    }
}
