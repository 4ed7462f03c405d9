package nl.gebiedsteam.caseload.report;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import nl.gebiedsteam.caseload.shared.Times;

/**
 * Lays an {@link AnnualReport} out as a {@link ReportDocument} in the reader's language: the one
 * layout behind the page and the CSV, XLSX and PDF exports. Only {@link Cell#display()} ever turns a
 * number into text, so a suppressed cell is "&lt;5" everywhere.
 */
public final class ReportDocuments {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    /** The definitions printed with every report: term key, meaning key. */
    private static final List<String[]> DEFINITIONS = List.of(new String[] {"report.helped", "report.def.helped"},
            new String[] {"report.newClients", "report.def.new"}, new String[] {"report.repeatPathways", "report.def.repeat"},
            new String[] {"report.continuingPathways", "report.def.continuing"},
            new String[] {"report.flows", "report.def.flows"},
            new String[] {"report.statistic.closedDuration", "report.def.closed"},
            new String[] {"report.signals", "report.def.signals"}, new String[] {"report.waiting", "report.def.waiting"},
            new String[] {"report.measures", "report.def.measures"},
            new String[] {"report.breakdown.ageBand", "report.def.age"},
            new String[] {"report.breakdowns", "report.def.breakdowns"});

    private final ResourceBundle bundle;
    private final Locale locale;

    private ReportDocuments(ResourceBundle bundle) {
        this.bundle = bundle;
        // the Dutch bundle is the base one, whose locale is empty
        this.locale = bundle.getLocale().getLanguage().isEmpty() ? Locale.forLanguageTag("nl") : bundle.getLocale();
    }

    /** The report with, for the trend table, persons helped per year (already published). */
    public static ReportDocument of(AnnualReport report, Map<Integer, Cell> trend, ResourceBundle bundle) {
        return new ReportDocuments(bundle).document(report, trend);
    }

    /** A category's label: a substance, an age band, a measure type… in the reader's language. */
    public static String label(ResourceBundle bundle, String dimension, String code) {
        String key = switch (dimension) {
            case "substance" -> "UNKNOWN".equals(code) ? "report.unknown" : "substanceName." + code;
            case "gender" -> "gender." + code;
            case "ageBand" -> "report.ageBand." + code;
            case "source" -> "NONE".equals(code) ? "report.noSignal" : "signalSource." + code;
            case "signalSource", "signalsToPathway" -> "signalSource." + code;
            case "newOrKnown" -> "report.newOrKnown." + code;
            case "closureOutcome" -> "UNKNOWN".equals(code) ? "report.unknown" : "closureOutcome." + code;
            case "personsWithMeasure", "newMeasures" -> "report.measureType." + code;
            default -> null; // a team: its name is the code
        };
        if (key == null || (key.startsWith("report.measureType.") && !bundle.containsKey(key))) {
            return code; // a team is its name; a measure type the functional admin added has no translation
        }
        return bundle.getString(key);
    }

    /**
     * Change against the previous period as a signed whole number ("+3"), or empty when either
     * number is suppressed. A column of its own, so that a spreadsheet can add it up.
     */
    public static String change(Cell now, Cell before) {
        if (now == null || before == null || now.isSuppressed() || before.isSuppressed()) {
            return "";
        }
        return signed(now.value() - before.value());
    }

    /** The same change as a signed percentage of the previous period ("+20%"); empty against nothing. */
    public static String changePercent(Cell now, Cell before) {
        if (change(now, before).isEmpty() || before.value() == 0) {
            return "";
        }
        return signed(Math.round(100.0 * (now.value() - before.value()) / before.value())) + "%";
    }

    private static String signed(long number) {
        return number > 0 ? "+" + number : Long.toString(number);
    }

    private ReportDocument document(AnnualReport r, Map<Integer, Cell> trend) {
        String team = r.teamName() == null ? text("report.allTeams") : r.teamName();
        String period = text("report.heading", r.from().format(DAY), r.to().format(DAY), team);
        List<ReportTable> tables = new ArrayList<>();
        tables.add(keyFigures(r));
        tables.add(flows(r));
        for (Breakdown breakdown : r.breakdowns()) {
            tables.add(compared(breakdown, "report.breakdown." + breakdown.dimension()));
        }
        tables.add(statistics(r));
        tables.add(simple(r.closureOutcomes()));
        tables.add(compared(r.signalSources(), "report.breakdown.signalSource"));
        tables.add(simple(r.signalsToPathway()));
        tables.add(simple(r.personsWithMeasure()));
        tables.add(simple(r.newMeasures()));
        tables.add(trend(trend));
        List<ReportDocument.Definition> definitions = DEFINITIONS.stream()
                .map(d -> new ReportDocument.Definition(text(d[0]), text(d[1]))).toList();
        String fileName = "caseload-" + text("report.fileName") + "-" + r.from() + "-" + r.to()
                + (r.teamName() == null ? "" : "-" + r.teamName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        return new ReportDocument(text("report.title"), period,
                text("report.generated", Times.forMessage(r.generatedAtUtc())), tables, definitions,
                text("report.def.suppression"), fileName);
    }

    private ReportTable keyFigures(AnnualReport r) {
        KeyFigures now = r.keyFigures();
        KeyFigures before = r.previousKeyFigures();
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Function<KeyFigures, Cell>> figure : List.<Map.Entry<String, Function<KeyFigures, Cell>>>of(
                Map.entry("report.helped", KeyFigures::helped), Map.entry("report.newClients", KeyFigures::newClients),
                Map.entry("report.repeatPathways", KeyFigures::repeatPathways),
                Map.entry("report.repeatPersons", KeyFigures::repeatPersons),
                Map.entry("report.continuingPathways", KeyFigures::continuingPathways),
                Map.entry("report.continuingPersons", KeyFigures::continuingPersons))) {
            Cell cellNow = figure.getValue().apply(now);
            Cell cellBefore = figure.getValue().apply(before);
            rows.add(List.of(text(figure.getKey()), cellNow.display(), cellBefore.display(), change(cellNow, cellBefore),
                    changePercent(cellNow, cellBefore)));
        }
        return new ReportTable("keyFigures", text("report.keyFigures"), List.of(text("report.figure"),
                text("report.thisPeriod"), text("report.previousPeriod"), text("report.change"),
                text("report.changePercent")), rows);
    }

    private ReportTable flows(AnnualReport r) {
        return new ReportTable("flows", text("report.flows"), List.of("", text("report.stockAtStart"), text("report.inflow"),
                text("report.outflow"), text("report.stockAtEnd"), text("report.totalActive")),
                List.of(flowRow("report.pathways", r.pathways()), flowRow("report.persons", r.persons())));
    }

    private List<String> flowRow(String key, Flows f) {
        return List.of(text(key), f.stockAtStart().display(), f.inflow().display(), f.outflow().display(),
                f.stockAtEnd().display(), f.totalActive().display());
    }

    private ReportTable compared(Breakdown b, String captionKey) {
        List<List<String>> rows = new ArrayList<>();
        for (BreakdownRow row : b.rows()) {
            rows.add(List.of(label(bundle, b.dimension(), row.code()), row.count().display(), row.previous().display(),
                    change(row.count(), row.previous()), changePercent(row.count(), row.previous())));
        }
        rows.add(List.of(text("report.total"), b.total().display(), b.previousTotal().display(),
                change(b.total(), b.previousTotal()), changePercent(b.total(), b.previousTotal())));
        return new ReportTable(b.dimension(), text(captionKey), List.of("", text("report.thisPeriod"),
                text("report.previousPeriod"), text("report.change"), text("report.changePercent")), rows);
    }

    private ReportTable simple(Breakdown b) {
        List<List<String>> rows = new ArrayList<>();
        for (BreakdownRow row : b.rows()) {
            rows.add(List.of(label(bundle, b.dimension(), row.code()), row.count().display()));
        }
        rows.add(List.of(text("report.total"), b.total().display()));
        return new ReportTable(b.dimension(), text("report.breakdown." + b.dimension()),
                List.of("", text("report.cases")), rows);
    }

    private ReportTable statistics(AnnualReport r) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Statistic> s : List.of(Map.entry("closedDuration", r.closedDuration()),
                Map.entry("signalToContact", r.signalToContact()), Map.entry("waitToIntake", r.waitToIntake()),
                Map.entry("waitToTreatment", r.waitToTreatment()))) {
            Statistic st = s.getValue();
            rows.add(List.of(text("report.statistic." + s.getKey()), st.count().display(), days(st.meanDays()),
                    days(st.medianDays()), days(st.p90Days())));
        }
        return new ReportTable("durations", text("report.durations"), List.of("", text("report.cases"),
                text("report.mean"), text("report.median"), text("report.p90")), rows);
    }

    private ReportTable trend(Map<Integer, Cell> trend) {
        List<List<String>> rows = new ArrayList<>();
        trend.forEach((year, cell) -> rows.add(List.of(Integer.toString(year), cell.display())));
        return new ReportTable("trend", text("report.chart.helped"), List.of(text("report.year"), text("report.helped")),
                rows);
    }

    private static String days(Long days) {
        return days == null ? "" : days.toString();
    }

    private String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
