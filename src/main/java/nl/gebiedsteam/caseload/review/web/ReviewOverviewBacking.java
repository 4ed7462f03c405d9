package nl.gebiedsteam.caseload.review.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import nl.gebiedsteam.caseload.client.Reassignment;
import nl.gebiedsteam.caseload.pathway.PathwayService;
import nl.gebiedsteam.caseload.pathway.PathwayStatus;
import nl.gebiedsteam.caseload.pathway.PathwayWeight;
import nl.gebiedsteam.caseload.review.ApprovalRequest;
import nl.gebiedsteam.caseload.review.CaseloadNorms;
import nl.gebiedsteam.caseload.review.CaseloadService;
import nl.gebiedsteam.caseload.review.DrillDownRow;
import nl.gebiedsteam.caseload.review.MonthFlow;
import nl.gebiedsteam.caseload.review.Overview;
import nl.gebiedsteam.caseload.review.OverviewMetric;
import nl.gebiedsteam.caseload.review.OverviewRow;
import nl.gebiedsteam.caseload.review.WaitingClient;
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
 * reassigned in bulk from a list. The team lead sets the caseload norms here (hours per worker, the
 * team's points per FTE) and assigns clients from the waiting list through the same reassignment
 * form as any other list.
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

    @Inject
    CaseloadNorms norms;

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

    private List<WaitingClient> waiting;
    /** Typed hours per worker, as text, so what the lead typed stays on screen when it is refused. */
    private final Map<Long, String> hours = new HashMap<>();
    private String pointsPerFte;

    public void load() {
        overview = caseloadService.overview();
        queue = caseloadService.approvalQueue();
        caseworkers = caseloadService.caseworkers();
        waiting = caseloadService.waitingList();
        hours.clear();
        overview.rows().forEach(r -> hours.put(r.workerId(), NormInput.format(r.hours())));
        pointsPerFte = NormInput.format(overview.pointsPerFte());
    }

    /** Saves one worker's hours; {@code index} names the row's field for a message next to it. */
    public void saveHours(OverviewRow row, int index) {
        String field = "norms:normRows:" + index + ":hours";
        try {
            norms.setHours(row.workerId(), row.normVersion(), NormInput.parse(hours.get(row.workerId()),
                    "norm.hours.invalid"));
        } catch (CaseloadException e) {
            Messages.error(field, e);
            return;
        }
        Messages.info("review.norms.saved", row.name());
        load();
    }

    public void savePointsPerFte() {
        try {
            norms.setPointsPerFte(overview.teamNormVersion(), NormInput.parse(pointsPerFte, "norm.points.invalid"));
        } catch (CaseloadException e) {
            Messages.error("norms:pointsPerFte", e);
            return;
        }
        Messages.info("review.norms.teamSaved");
        load();
    }

    /** From the waiting list: the list of unassigned clients opens with this client chosen, ready to assign. */
    public void assign(WaitingClient client) {
        metric = OverviewMetric.UNASSIGNED_CLIENTS;
        worker = null;
        workerName = null;
        selected = new ArrayList<>(List.of(new DrillDownRow(client.clientId(), client.clientId(), client.name(), null,
                null)));
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

    /** The points of each pathway weight, for the explanation above the norms. */
    public Map<String, BigDecimal> getWeightPoints() {
        Map<String, BigDecimal> points = new HashMap<>();
        for (PathwayWeight weight : PathwayWeight.values()) {
            points.put(weight.name(), weight.points());
        }
        return points;
    }

    public List<WaitingClient> getWaiting() {
        return waiting;
    }

    public Map<Long, String> getHours() {
        return hours;
    }

    public String getPointsPerFte() {
        return pointsPerFte;
    }

    public void setPointsPerFte(String pointsPerFte) {
        this.pointsPerFte = pointsPerFte;
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
