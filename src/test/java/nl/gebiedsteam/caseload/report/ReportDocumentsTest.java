package nl.gebiedsteam.caseload.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import nl.gebiedsteam.caseload.client.Gender;
import nl.gebiedsteam.caseload.pathway.ClosureOutcome;
import nl.gebiedsteam.caseload.shared.Bundles;
import nl.gebiedsteam.caseload.signal.SignalSource;
import nl.gebiedsteam.caseload.substance.Substance;
import org.junit.jupiter.api.Test;

class ReportDocumentsTest {

    private static final ResourceBundle NL = Bundles.messages(Locale.forLanguageTag("nl"));
    private static final ResourceBundle EN = Bundles.messages(Locale.ENGLISH);

    @Test
    void change_absoluteAndPercentApart_emptyWhenEitherSideIsSuppressed() {
        assertEquals("+9", ReportDocuments.change(Cell.of(21), Cell.of(12)));
        assertEquals("+75%", ReportDocuments.changePercent(Cell.of(21), Cell.of(12)));
        assertEquals("-3", ReportDocuments.change(Cell.of(12), Cell.of(15)));
        assertEquals("-20%", ReportDocuments.changePercent(Cell.of(12), Cell.of(15)));
        assertEquals("0", ReportDocuments.change(Cell.of(7), Cell.of(7)));
        assertEquals("0%", ReportDocuments.changePercent(Cell.of(7), Cell.of(7)));
        assertEquals("+6", ReportDocuments.change(Cell.of(6), Cell.of(0)));
        assertEquals("", ReportDocuments.changePercent(Cell.of(6), Cell.of(0)), "no percentage of nothing");
        assertEquals("", ReportDocuments.change(Cell.small(), Cell.of(12)));
        assertEquals("", ReportDocuments.changePercent(Cell.small(), Cell.of(12)));
        assertEquals("", ReportDocuments.change(Cell.of(12), Cell.small()));
        assertEquals("", ReportDocuments.changePercent(Cell.of(12), Cell.small()));
    }

    @Test
    void everyCategoryHasALabel_inDutchAndEnglish() {
        Map<String, List<String>> codes = new LinkedHashMap<>();
        codes.put("substance", names(Substance.values(), "UNKNOWN"));
        codes.put("gender", names(Gender.values()));
        codes.put("ageBand", List.of("UNDER_12", "AGE_12_17", "AGE_18_24", "AGE_25_39", "AGE_40_54", "AGE_55_PLUS"));
        codes.put("source", names(SignalSource.values(), "NONE"));
        codes.put("signalSource", names(SignalSource.values()));
        codes.put("signalsToPathway", names(SignalSource.values()));
        codes.put("newOrKnown", List.of("NEW", "KNOWN"));
        codes.put("closureOutcome", names(ClosureOutcome.values(), "UNKNOWN"));
        List<String> measureTypes = List.of("WVGGZ_CRISIS", "WVGGZ_CRISIS_EXTENDED", "WVGGZ_CARE_AUTHORISATION",
                "WZD_COURT_AUTHORISATION", "CONDITIONAL_SENTENCE", "ISD", "SUPERVISION_ORDER", "SECURE_YOUTH_CARE",
                "YOUTH_PROBATION", "HALT", "PREMISES_CLOSURE", "VOLUNTARY_UNDER_PRESSURE");
        codes.put("personsWithMeasure", measureTypes);
        codes.put("newMeasures", measureTypes);
        for (ResourceBundle bundle : List.of(NL, EN)) {
            // a missing label throws
            codes.forEach((dimension, list) -> list.forEach(code -> assertFalse(
                    ReportDocuments.label(bundle, dimension, code).isBlank(), dimension + "." + code)));
            // a measure type without a translation would show its code
            measureTypes.forEach(code -> assertFalse(ReportDocuments.label(bundle, "newMeasures", code).equals(code), code));
        }
        assertEquals("Gebiedsteam Noord", ReportDocuments.label(NL, "team", "Gebiedsteam Noord"), "a team is its name");
        assertEquals("BIBOB_SLUITING", ReportDocuments.label(NL, "newMeasures", "BIBOB_SLUITING"),
                "a measure type the functional admin added is shown by its code, and the report still opens");
    }

    @Test
    void document_laysOutEveryTable_withSmallCellsAsSmall_andTheDefinitions() {
        Cell five = Cell.of(5);
        Cell hidden = Cell.small();
        Breakdown compared = new Breakdown("substance", List.of(new BreakdownRow("ALCOHOL", hidden, Cell.of(12)),
                new BreakdownRow("CANNABIS", Cell.of(21), hidden), new BreakdownRow("COCAINE", Cell.of(7),
                        Cell.of(7))), Cell.of(30), Cell.of(20));
        Breakdown simple = new Breakdown("closureOutcome", List.of(new BreakdownRow("ENDED_EARLY", five, null)), five,
                null);
        Statistic statistic = new Statistic(Cell.of(6), 29L, 21L, 70L);
        Flows flows = new Flows(five, hidden, five, five, Cell.of(9));
        List<Breakdown> breakdowns = new ArrayList<>();
        for (String dimension : List.of("substance", "gender", "ageBand", "team", "source", "newOrKnown")) {
            breakdowns.add(dimension.equals("substance") ? compared
                    : new Breakdown(dimension, List.of(), compared.total(), compared.previousTotal()));
        }
        AnnualReport report = new AnnualReport(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), null,
                LocalDateTime.of(2026, 1, 15, 11, 30),
                new KeyFigures(Cell.of(21), five, hidden, hidden, five, five),
                new KeyFigures(Cell.of(12), Cell.of(10), five, Cell.of(7), hidden, Cell.of(6)), flows, flows, breakdowns, statistic, simple, new Breakdown("signalSource", List.of(), hidden, hidden),
                new Breakdown("signalsToPathway", List.of(), hidden, null), new Statistic(hidden, null, null, null),
                statistic, statistic, new Breakdown("personsWithMeasure", List.of(), hidden, null),
                new Breakdown("newMeasures", List.of(), hidden, null));
        Map<Integer, Cell> trend = new LinkedHashMap<>();
        trend.put(2024, hidden);
        trend.put(2025, Cell.of(21));

        ReportDocument nl = ReportDocuments.of(report, trend, NL);

        assertEquals("Periode 01-01-2025 tot en met 30-06-2025 – Alle teams", nl.period());
        assertEquals("Gemaakt op 15-01-2026 om 12:30.", nl.generated(), "Dutch time (UTC+1 in January)");
        assertEquals("caseload-jaarrapportage-2025-01-01-2025-06-30", nl.fileName());
        assertEquals(List.of("keyFigures", "flows", "substance", "gender", "ageBand", "team", "source", "newOrKnown",
                "durations", "closureOutcome", "signalSource", "signalsToPathway", "personsWithMeasure", "newMeasures",
                "trend"), nl.tables().stream().map(ReportTable::id).toList());
        assertEquals(List.of("Cijfer", "Deze periode", "Vorige periode", "Verschil", "Verschil (%)"),
                table(nl, "keyFigures").columns(), "the change and its percentage in columns of their own");
        assertEquals(List.of(List.of("Geholpen cliënten", "21", "12", "+9", "+75%"),
                List.of("Nieuwe cliënten", "5", "10", "-5", "-50%"),
                List.of("Herhaald beroep (trajecten)", "<5", "5", "", ""),
                List.of("Herhaald beroep (personen)", "<5", "7", "", ""),
                List.of("Doorlopende trajecten", "5", "<5", "", ""),
                List.of("Doorlopend (personen)", "5", "6", "-1", "-17%")), table(nl, "keyFigures").rows(),
                "every key figure with the year before");
        assertEquals(List.of("Trajecten", "5", "<5", "5", "5", "9"), table(nl, "flows").rows().get(0));
        assertEquals(List.of(List.of("Alcohol", "<5", "12", "", ""), List.of("Cannabis", "21", "<5", "", ""),
                List.of("Cocaïne", "7", "7", "0", "0%"), List.of("Totaal", "30", "20", "+10", "+50%")),
                table(nl, "substance").rows(), "a small cell is <5");
        assertEquals(List.of("Duur afgesloten trajecten", "6", "29", "21", "70"), table(nl, "durations").rows().get(0));
        assertEquals(List.of("Dagen van signaal tot eerste contact", "<5", "", "", ""),
                table(nl, "durations").rows().get(1));
        assertEquals(List.of(List.of("Voortijdig beëindigd", "5"), List.of("Totaal", "5")),
                table(nl, "closureOutcome").rows());
        assertEquals(List.of(List.of("2024", "<5"), List.of("2025", "21")), table(nl, "trend").rows());
        assertEquals(11, nl.definitions().size());
        assertTrue(nl.suppressionNote().startsWith("Geen enkel aantal is tot op de persoon te herleiden."));
        assertTrue(nl.suppressionNote().contains("hoogstens 2 meer of minder"));

        ReportDocument en = ReportDocuments.of(report, trend, EN);
        assertEquals("Period 01-01-2025 to 30-06-2025 – All teams", en.period());
        assertEquals("caseload-annual-report-2025-01-01-2025-06-30", en.fileName());
    }

    private static ReportTable table(ReportDocument document, String id) {
        return document.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> names(Enum<?>[] values, String... extra) {
        return Stream.concat(Arrays.stream(values).map(Enum::name), Arrays.stream(extra)).toList();
    }
}
