package nl.gebiedsteam.caseload.report.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.gebiedsteam.caseload.report.AnnualReport;
import nl.gebiedsteam.caseload.report.Breakdown;
import nl.gebiedsteam.caseload.report.BreakdownRow;
import nl.gebiedsteam.caseload.report.Cell;
import nl.gebiedsteam.caseload.report.ReportService;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.Option;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.web.Messages;
import org.omnifaces.cdi.ViewScoped;

/**
 * /report/annual.xhtml: the client-count report for a year (or any period) and a team, with its
 * definitions on the page, last period's numbers beside this one's, and charts. Suppressed cells
 * arrive here as "&lt;5" already; this bean only lays them out.
 */
@Named
@ViewScoped
public class ReportAnnualBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int YEARS_BACK = 9;

    @Inject
    ReportService reportService;

    private int year;
    private LocalDate from;
    private LocalDate to;
    private Long teamId;
    private List<Option> teams;
    private AnnualReport report;
    private Map<Integer, Cell> trend;

    public void load() {
        year = LocalDate.now(Times.DISPLAY_ZONE).getYear() - 1;
        teams = reportService.teams();
        byYear();
    }

    /** The year selector: a calendar year. */
    public void byYear() {
        from = LocalDate.of(year, 1, 1);
        to = LocalDate.of(year, 12, 31);
        generate();
    }

    /** An arbitrary period, e.g. a half year for the municipal monitor. */
    public void generate() {
        try {
            report = reportService.generate(from, to, teamId);
            trend = reportService.helpedPerYear(to.getYear() - YEARS_BACK, to.getYear(), teamId);
        } catch (CaseloadException e) {
            Messages.error(null, e);
        }
    }

    public List<Integer> getYears() {
        List<Integer> years = new ArrayList<>();
        int current = LocalDate.now(Times.DISPLAY_ZONE).getYear();
        for (int y = current; y >= current - YEARS_BACK; y--) {
            years.add(y);
        }
        return years;
    }

    /** Change against the previous period, or empty when either number is suppressed. */
    public String change(Cell now, Cell before) {
        if (now == null || before == null || now.isSuppressed() || before.isSuppressed()) {
            return "";
        }
        long difference = now.value() - before.value();
        String sign = difference > 0 ? "+" : "";
        return before.value() == 0 ? sign + difference
                : sign + difference + " (" + sign + Math.round(100.0 * difference / before.value()) + "%)";
    }

    /** Durations and waiting times, in the order the page shows them. */
    public List<Map.Entry<String, nl.gebiedsteam.caseload.report.Statistic>> getStatistics() {
        return List.of(Map.entry("closedDuration", report.closedDuration()),
                Map.entry("waitToIntake", report.waitToIntake()), Map.entry("waitToTreatment", report.waitToTreatment()));
    }

    public List<Breakdown> getSimpleBreakdowns() {
        return List.of(report.closureOutcomes(), report.personsWithMeasure(), report.newMeasures());
    }

    /** A breakdown's label for a category code. */
    public String label(String dimension, String code) {
        return switch (dimension) {
            case "substance" -> "UNKNOWN".equals(code) ? Messages.text("report.unknown") : Messages.text("substanceName." + code);
            case "gender" -> Messages.text("gender." + code);
            case "ageBand" -> Messages.text("report.ageBand." + code);
            case "source" -> "NONE".equals(code) ? Messages.text("report.noSignal") : Messages.text("signalSource." + code);
            case "newOrKnown" -> Messages.text("report.newOrKnown." + code);
            case "closureOutcome" -> Messages.text("closureOutcome." + code);
            case "personsWithMeasure", "newMeasures" -> Messages.text("report.measureType." + code);
            default -> code;
        };
    }

    public String getTrendChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        trend.forEach((y, cell) -> {
            labels.add(Integer.toString(y));
            if (cell.isSuppressed()) {
                data.addNull();
            } else {
                data.add(cell.value());
            }
        });
        return chart("line", labels, data, Messages.text("report.chart.helped"));
    }

    public String getSubstanceChart() {
        return breakdownChart("substance");
    }

    public String getAgeChart() {
        return breakdownChart("ageBand");
    }

    private String breakdownChart(String dimension) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Breakdown breakdown : report.breakdowns()) {
            if (breakdown.dimension().equals(dimension)) {
                for (BreakdownRow row : breakdown.rows()) {
                    labels.add(label(dimension, row.code()));
                    if (row.count().isSuppressed()) {
                        data.addNull(); // a suppressed cell is not drawn either
                    } else {
                        data.add(row.count().value());
                    }
                }
            }
        }
        return chart("bar", labels, data, Messages.text("report.helped"));
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder data, String label) {
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", label).add("data", data)
                                .add("backgroundColor", "#0b3d91").add("borderColor", "#0b3d91"))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false))
                .build().toString();
    }

    public String format(LocalDate date) {
        return date == null ? "" : date.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    }

    /** When the report was made, in Dutch time, for the page and (later) the exports. */
    public java.util.Date getGeneratedAt() {
        return report == null ? null : Times.forMessage(report.generatedAtUtc());
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public List<Option> getTeams() {
        return teams;
    }

    public AnnualReport getReport() {
        return report;
    }

    public Map<Integer, Cell> getTrend() {
        return trend;
    }
}
