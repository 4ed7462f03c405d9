package nl.gebiedsteam.caseload.report.web;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gebiedsteam.caseload.report.AnnualReport;
import nl.gebiedsteam.caseload.report.Breakdown;
import nl.gebiedsteam.caseload.report.Cell;
import nl.gebiedsteam.caseload.report.ReportDocument;
import nl.gebiedsteam.caseload.report.ReportDocuments;
import nl.gebiedsteam.caseload.report.ReportPeriod;
import nl.gebiedsteam.caseload.report.ReportService;
import nl.gebiedsteam.caseload.report.ReportTable;
import nl.gebiedsteam.caseload.report.export.ExportFile;
import nl.gebiedsteam.caseload.report.export.ExportFormat;
import nl.gebiedsteam.caseload.report.export.ReportExportService;
import nl.gebiedsteam.caseload.shared.Bundles;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.Option;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.web.ChartJson;
import nl.gebiedsteam.caseload.shared.web.Messages;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * /report/annual.xhtml: the client-count report for a year, half year or quarter and a team, with its
 * definitions on the page, last period's numbers beside this one's, charts, and downloads. The
 * tables are the {@link ReportDocument} the exports lay out too; numbers arrive here published
 * (perturbed, "&lt;5") already.
 */
@Named
@ViewScoped
public class ReportAnnualBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> KEY_TABLES = Set.of("keyFigures", "flows");

    @Inject
    ReportService reportService;

    @Inject
    ReportExportService exportService;

    private int year;
    private ReportPeriod period = ReportPeriod.YEAR;
    private Long teamId;
    private Long reportedTeamId;
    private List<Option> teams;
    private AnnualReport report;
    private ReportDocument document;

    public void load() {
        year = LocalDate.now(Times.DISPLAY_ZONE).getYear() - 1;
        teams = reportService.teams();
        generate();
    }

    /** The report of the chosen year, period and team. */
    public void generate() {
        try {
            report = reportService.generate(period.from(year), period.to(year), teamId);
            Map<Integer, Cell> trend = reportService.trend(year, teamId);
            document = ReportDocuments.of(report, trend, Bundles.messages(locale()));
            reportedTeamId = teamId;
        } catch (CaseloadException e) {
            Messages.error(null, e);
        }
    }

    public StreamedContent getCsv() {
        return download(ExportFormat.CSV);
    }

    public StreamedContent getXlsx() {
        return download(ExportFormat.XLSX);
    }

    public StreamedContent getPdf() {
        return download(ExportFormat.PDF);
    }

    /** The report on the page, made again for the download (the service checks the scope once more). */
    private StreamedContent download(ExportFormat format) {
        ExportFile file = exportService.export(report.from(), report.to(), reportedTeamId, format, locale());
        return DefaultStreamedContent.builder().name(file.name()).contentType(file.contentType())
                .contentLength((long) file.content().length)
                .stream(() -> new ByteArrayInputStream(file.content())).build();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public List<Integer> getYears() {
        List<Integer> years = new ArrayList<>();
        int current = LocalDate.now(Times.DISPLAY_ZONE).getYear();
        for (int y = current; y > current - ReportService.TREND_YEARS; y--) {
            years.add(y);
        }
        return years;
    }

    public List<ReportTable> getKeyTables() {
        return tables(KEY_TABLES, true);
    }

    public List<ReportTable> getBreakdownTables() {
        return tables(breakdownTables(), true);
    }

    /** Closure, signals, waiting times and measures: everything that is neither key figure, breakdown nor trend. */
    public List<ReportTable> getSectionTables() {
        List<ReportTable> sections = tables(KEY_TABLES, false);
        Set<String> breakdowns = breakdownTables();
        sections.removeIf(t -> breakdowns.contains(t.id()) || t.id().equals("trend"));
        return sections;
    }

    /** The breakdowns of the clients helped: their tables are named after their dimension. */
    private Set<String> breakdownTables() {
        return report.breakdowns().stream().map(Breakdown::dimension).collect(Collectors.toSet());
    }

    /** The trend as a list of one, so the page lays it out like every other table. */
    public List<ReportTable> getTrendTables() {
        return tables(Set.of("trend"), true);
    }

    private List<ReportTable> tables(Set<String> ids, boolean in) {
        return new ArrayList<>(document.tables().stream().filter(t -> ids.contains(t.id()) == in).toList());
    }

    public String getTrendChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (List<String> row : getTrendTables().get(0).rows()) {
            labels.add(row.get(0));
            add(data, row.get(1));
        }
        return chart("line", labels, data, Messages.text("report.chart.helped"));
    }

    public String getSubstanceChart() {
        return breakdownChart("substance");
    }

    public String getAgeChart() {
        return breakdownChart("ageBand");
    }

    /** A breakdown's categories (its table without the total row), this period. */
    private String breakdownChart(String dimension) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        List<List<String>> rows = tables(Set.of(dimension), true).get(0).rows();
        for (List<String> row : rows.subList(0, rows.size() - 1)) {
            labels.add(row.get(0));
            add(data, row.get(1));
        }
        return chart("bar", labels, data, Messages.text("report.helped"));
    }

    /** A published number as a data point; a suppressed one ("<5") is not drawn. */
    private static void add(JsonArrayBuilder data, String display) {
        if (display.matches("\\d+")) {
            data.add(Long.parseLong(display));
        } else {
            data.addNull();
        }
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder data, String label) {
        return ChartJson.of(Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", label).add("data", data)
                                .add("backgroundColor", "#0b3d91").add("borderColor", "#0b3d91"))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false))
                .build());
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public ReportPeriod getPeriod() {
        return period;
    }

    public void setPeriod(ReportPeriod period) {
        this.period = period == null ? ReportPeriod.YEAR : period;
    }

    public ReportPeriod[] getPeriods() {
        return ReportPeriod.values();
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

    public ReportDocument getDocument() {
        return document;
    }
}
