package nl.gebiedsteam.caseload.review.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import nl.gebiedsteam.caseload.client.Reassignment;
import nl.gebiedsteam.caseload.pathway.PathwayService;
import nl.gebiedsteam.caseload.pathway.PathwayStatus;
import nl.gebiedsteam.caseload.review.ApprovalRequest;
import nl.gebiedsteam.caseload.review.CaseloadService;
import nl.gebiedsteam.caseload.review.DrillDownRow;
import nl.gebiedsteam.caseload.review.MonthFlow;
import nl.gebiedsteam.caseload.review.Overview;
import nl.gebiedsteam.caseload.review.OverviewMetric;
import nl.gebiedsteam.caseload.review.OverviewRow;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.Option;
import nl.gebiedsteam.caseload.shared.web.ChartJson;
import nl.gebiedsteam.caseload.shared.web.Messages;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * /review/overview.xhtml: where the team stands, for its team lead. Every number links to the
 * list behind it (paged in the database); the charts have the table above them as their text
 * alternative; plans and closures are approved from the queue on the same page; clients are
 * reassigned in bulk from a list.
 */
@Named
@ViewScoped
public class ReviewOverviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Which field of the reassignment a refusal is about, by its message key. */
    private static final Map<String, String> REASSIGN_FIELDS = Map.of("reassign.reason.required", "drill:reason",
            "reassign.handover.required", "drill:handover", "reassign.handover.tooLong", "drill:handover",
            "reassign.target.invalid", "drill:to");
    private static final String[] COLOURS = {"#0b3d91", "#b45309", "#1e6b34", "#a61b1b", "#5b21b6", "#0e7490",
        "#3f4a57", "#9d174d", "#4d7c0f"};

    @Inject
    CaseloadService caseloadService;

    @Inject
    Reassignment reassignment;

    @Inject
    PathwayService pathwayService;

    private Overview overview;
    private List<ApprovalRequest> queue;
    private List<Option> caseworkers;
    private final Map<Long, String> comments = new HashMap<>();

    private OverviewMetric metric;
    private Long worker;
    private String workerName;
    private final LazyDataModel<DrillDownRow> drillDown = new DrillDown();
    private List<DrillDownRow> selected = new ArrayList<>();
    private Long reassignTo;
    private String reassignReason;
    private String reassignHandover;

    public void load() {
        overview = caseloadService.overview();
        queue = caseloadService.approvalQueue();
        caseworkers = caseloadService.caseworkers();
    }

    /** A number was clicked: show the list behind it. */
    public void show(String metricName, OverviewRow row) {
        metric = OverviewMetric.valueOf(metricName);
        worker = row == null ? null : row.workerId();
        workerName = row == null ? null : row.name();
        selected = new ArrayList<>();
    }

    public void approve(ApprovalRequest request) {
        decide(request, true);
    }

    public void sendBack(ApprovalRequest request) {
        decide(request, false);
    }

    private void decide(ApprovalRequest request, boolean approve) {
        String comment = comments.get(request.pathwayId());
        try {
            if (approve) {
                pathwayService.approve(request.pathwayId(), request.version(), comment);
            } else {
                pathwayService.sendBack(request.pathwayId(), request.version(), comment);
            }
        } catch (CaseloadException e) {
            Messages.error(null, e);
            return;
        }
        Messages.info(approve ? "pathway.approved" : "pathway.sentBack");
        comments.remove(request.pathwayId());
        load();
    }

    public void reassign() {
        int moved;
        try {
            moved = reassignment.reassign(selected.stream().map(DrillDownRow::refId).toList(),
                    reassignTo == null ? -1 : reassignTo, reassignReason, reassignHandover);
        } catch (CaseloadException e) {
            Messages.error(REASSIGN_FIELDS.get(e.getMessageKey()), e);
            return;
        }
        Messages.info("reassign.done", moved);
        selected = new ArrayList<>();
        reassignReason = null;
        reassignHandover = null;
        load();
    }

    public boolean isReassignable() {
        return metric != null && metric != OverviewMetric.UNLINKED_SIGNALS;
    }

    /** Caseload per caseworker, as a Chart.js bar chart. */
    public String getCaseloadChart() {
        return chart("bar", false, List.of(dataset(Messages.text("review.chart.caseload"), COLOURS[0],
                OverviewRow::openPathways)));
    }

    /** Open pathways per caseworker by status, stacked. */
    public String getStatusChart() {
        List<JsonObjectBuilder> sets = new ArrayList<>();
        int colour = 0;
        for (PathwayStatus status : PathwayStatus.values()) {
            if (status.isOpen()) {
                sets.add(dataset(Messages.text("pathwayStatus." + status), COLOURS[colour++ % COLOURS.length],
                        r -> r.openIn(status.name())));
            }
        }
        return chart("bar", true, sets);
    }

    /** Pathways started and closed per month over the last twelve months. */
    public String getFlowChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder in = Json.createArrayBuilder();
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (MonthFlow month : overview.months()) {
            labels.add(month.month());
            in.add(month.inflow());
            out.add(month.outflow());
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", Messages.text("review.chart.inflow")).add("data", in)
                        .add("borderColor", COLOURS[0]).add("backgroundColor", COLOURS[0]))
                .add(Json.createObjectBuilder().add("label", Messages.text("review.chart.outflow")).add("data", out)
                        .add("borderColor", COLOURS[1]).add("backgroundColor", COLOURS[1]));
        return ChartJson.of(Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false))
                .build());
    }

    private String chart(String type, boolean stacked, List<JsonObjectBuilder> sets) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        overview.rows().forEach(r -> labels.add(r.name()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        sets.forEach(datasets::add);
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false);
        if (stacked) {
            options.add("scales", Json.createObjectBuilder()
                    .add("x", Json.createObjectBuilder().add("stacked", true))
                    .add("y", Json.createObjectBuilder().add("stacked", true)));
        }
        return ChartJson.of(Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build());
    }

    private JsonObjectBuilder dataset(String label, String colour, ToLongFunction<OverviewRow> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        overview.rows().forEach(r -> data.add(value.applyAsLong(r)));
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    /** The list behind the chosen number, page by page from the database. */
    private final class DrillDown extends LazyDataModel<DrillDownRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return metric == null ? 0 : (int) caseloadService.drillDownCount(metric, worker);
        }

        @Override
        public List<DrillDownRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return metric == null ? List.of() : caseloadService.drillDown(metric, worker, first, pageSize);
        }

        @Override
        public String getRowKey(DrillDownRow row) {
            return Long.toString(row.refId());
        }

        /** Only the id is taken from the browser; the service checks it belongs to the team. */
        @Override
        public DrillDownRow getRowData(String rowKey) {
            try {
                long id = Long.parseLong(rowKey);
                return new DrillDownRow(id, id, null, null, null);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    public Overview getOverview() {
        return overview;
    }

    public List<ApprovalRequest> getQueue() {
        return queue;
    }

    public List<Option> getCaseworkers() {
        return caseworkers;
    }

    public Map<Long, String> getComments() {
        return comments;
    }

    public OverviewMetric getMetric() {
        return metric;
    }

    public String getWorkerName() {
        return workerName;
    }

    public LazyDataModel<DrillDownRow> getDrillDown() {
        return drillDown;
    }

    public List<DrillDownRow> getSelected() {
        return selected;
    }

    public void setSelected(List<DrillDownRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public Long getReassignTo() {
        return reassignTo;
    }

    public void setReassignTo(Long reassignTo) {
        this.reassignTo = reassignTo;
    }

    public String getReassignHandover() {
        return reassignHandover;
    }

    public void setReassignHandover(String reassignHandover) {
        this.reassignHandover = reassignHandover;
    }

    public String getReassignReason() {
        return reassignReason;
    }

    public void setReassignReason(String reassignReason) {
        this.reassignReason = reassignReason;
    }
}
