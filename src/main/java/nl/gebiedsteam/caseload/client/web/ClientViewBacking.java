package nl.gebiedsteam.caseload.client.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gebiedsteam.caseload.casefile.TimelineEntry;
import nl.gebiedsteam.caseload.casefile.TimelineKind;
import nl.gebiedsteam.caseload.casefile.TimelineService;
import nl.gebiedsteam.caseload.client.ClientFile;
import nl.gebiedsteam.caseload.client.ClientService;
import nl.gebiedsteam.caseload.client.FlagKind;
import nl.gebiedsteam.caseload.client.FlagView;
import nl.gebiedsteam.caseload.client.LegalGround;
import nl.gebiedsteam.caseload.client.Purpose;
import nl.gebiedsteam.caseload.contact.ContactKind;
import nl.gebiedsteam.caseload.contact.ContactService;
import nl.gebiedsteam.caseload.measure.MeasureAccess;
import nl.gebiedsteam.caseload.measure.MeasureService;
import nl.gebiedsteam.caseload.pathway.ClosureDetail;
import nl.gebiedsteam.caseload.pathway.ClosureOutcome;
import nl.gebiedsteam.caseload.pathway.PathwayService;
import nl.gebiedsteam.caseload.pathway.PathwayStatus;
import nl.gebiedsteam.caseload.pathway.PathwayView;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.web.Messages;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * /client/view.xhtml: the client's file at a glance — header with flags, the current pathway
 * with what the caller may do next (including a team lead's approval), a quick contact form and
 * the timeline, paged in the database. Every action goes through the services, which check
 * scope and workflow again; the buttons shown are only a convenience.
 */
@Named
@ViewScoped
public class ClientViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_CONTACT_MINUTES = 30;

    @Inject
    ClientService clientService;

    @Inject
    PathwayService pathwayService;

    @Inject
    ContactService contactService;

    @Inject
    TimelineService timelineService;

    @Inject
    MeasureService measureService;

    private Long id;
    private ClientFile file;
    private List<FlagView> flags;
    private PathwayView pathway;
    private MeasureAccess measureAccess;
    private String voidReason;
    private String flagResolution;

    private LocalDate startDate;
    private Purpose startPurpose;
    private LegalGround startLegalGround;
    private String comment;
    private LocalDate aftercareReviewDate;
    private ClosureOutcome closureOutcome;
    private ClosureDetail closureDetail;
    private String closureNote;
    private String decisionComment;

    private LocalDateTime contactWhen;
    private ContactKind contactKind;
    private Integer contactMinutes;
    private String contactNote;

    private List<TimelineKind> timelineKinds = new ArrayList<>();
    private final LazyDataModel<TimelineEntry> timeline = new TimelineModel();

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        file = clientService.view(id);
        flags = clientService.openFlags(id);
        pathway = pathwayService.current(id).orElse(null);
        measureAccess = measureService.access(id);
        startDate = LocalDate.now(Times.DISPLAY_ZONE);
        startPurpose = file.purpose();
        startLegalGround = file.legalGround();
        resetContact();
    }

    private void reload() {
        file = clientService.view(id);
        flags = clientService.openFlags(id);
        pathway = pathwayService.current(id).orElse(null);
    }

    public void openPathway() {
        if (run(() -> pathwayService.open(id, startDate, startPurpose, startLegalGround))) {
            Messages.info("pathway.opened");
        }
    }

    public void move(PathwayStatus to) {
        if (run(() -> pathwayService.move(pathway.id(), pathway.version(), to, comment,
                aftercareReviewDate))) {
            comment = null;
            Messages.info("pathway.moved", Messages.text("pathwayStatus." + to));
        }
    }

    public void requestPlanApproval() {
        if (run(() -> pathwayService.requestPlanApproval(pathway.id(), pathway.version()))) {
            Messages.info("pathway.approvalRequested");
        }
    }

    public void requestClosure() {
        if (run(() -> pathwayService.requestClosure(pathway.id(), pathway.version(), closureOutcome,
                closureDetail, closureNote))) {
            Messages.info("pathway.approvalRequested");
        }
    }

    public void approve() {
        if (run(() -> pathwayService.approve(pathway.id(), pathway.version(), decisionComment))) {
            decisionComment = null;
            Messages.info("pathway.approved");
        }
    }

    public void sendBack() {
        if (run(() -> pathwayService.sendBack(pathway.id(), pathway.version(), decisionComment))) {
            decisionComment = null;
            Messages.info("pathway.sentBack");
        }
    }

    public void addContact() {
        if (run(() -> contactService.add(id, contactWhen, contactKind, contactMinutes, contactNote))) {
            Messages.info("contact.added");
            resetContact();
        }
    }

    public void resolveFlag(FlagView flag) {
        if (run(() -> clientService.resolveFlag(flag.id(), flag.version(), flagResolution))) {
            flagResolution = null;
            Messages.info("flag.resolved");
        }
    }

    public String voidClient() {
        try {
            clientService.voidClient(file.id(), file.version(), voidReason);
        } catch (CaseloadException e) {
            Messages.error("voidForm:reason", e);
            return null;
        }
        Messages.flash("client.voided", file.fullName());
        return "/client/list.xhtml?faces-redirect=true";
    }

    /** Runs an action; a refusal becomes a message and the input stays; success reloads the file. */
    private boolean run(Runnable action) {
        try {
            action.run();
        } catch (CaseloadException e) {
            Messages.error(null, e);
            return false;
        }
        reload();
        return true;
    }

    private void resetContact() {
        contactWhen = LocalDateTime.now(Times.DISPLAY_ZONE).truncatedTo(ChronoUnit.MINUTES);
        contactKind = ContactKind.CONVERSATION;
        contactMinutes = DEFAULT_CONTACT_MINUTES;
        contactNote = null;
    }

    /** The timeline page by page from the database, filtered by the kinds ticked above it. */
    private final class TimelineModel extends LazyDataModel<TimelineEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) timelineService.count(id, kinds());
        }

        @Override
        public List<TimelineEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return timelineService.page(id, kinds(), first, pageSize);
        }

        @Override
        public String getRowKey(TimelineEntry entry) {
            return entry.kind() + "-" + entry.refId();
        }

        @Override
        public TimelineEntry getRowData(String rowKey) {
            return null; // no selection on the timeline; a key from the browser is never trusted
        }

        private Set<TimelineKind> kinds() {
            return timelineKinds.isEmpty() ? Set.of() : EnumSet.copyOf(timelineKinds);
        }
    }

    public boolean isTeamLeadDecision() {
        return pathway != null && pathway.pendingApproval() != null && pathway.mayApprove();
    }

    public boolean isMayRequestPlanApproval() {
        return pathway != null && pathway.isOpen() && pathway.pendingApproval() == null && pathway.hasDraftPlan();
    }

    public boolean isMayOpenPathway() {
        return pathway == null || !pathway.isOpen();
    }

    public TimelineKind[] getTimelineKindValues() {
        return TimelineKind.values();
    }

    public ContactKind[] getContactKinds() {
        return ContactKind.values();
    }

    public Purpose[] getPurposes() {
        return Purpose.values();
    }

    public LegalGround[] getLegalGrounds() {
        return LegalGround.values();
    }

    public ClosureOutcome[] getClosureOutcomes() {
        return ClosureOutcome.values();
    }

    public ClosureDetail[] getClosureDetails() {
        return ClosureDetail.values();
    }

    /**
     * The flag in words. A flag about a measure says only "restricted item" to colleagues who may
     * not read measures; for combined observations the stored thresholds ("3;2;90") are spelled out.
     */
    public String flagText(FlagView flag) {
        if (flag.kind() == FlagKind.MEASURE_EXPIRING || flag.kind() == FlagKind.MEASURE_OVERDUE) {
            return Messages.text(measureAccess.mayRead() ? "flag." + flag.kind() + ".detail" : "flag.restricted");
        }
        String[] parts = flag.detail() == null ? new String[0] : flag.detail().split(";");
        return parts.length == 3 ? Messages.text("flag." + flag.kind() + ".detail", (Object[]) parts)
                : Messages.text("flag." + flag.kind());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ClientFile getFile() {
        return file;
    }

    public List<FlagView> getFlags() {
        return flags;
    }

    public MeasureAccess getMeasureAccess() {
        return measureAccess;
    }

    public PathwayView getPathway() {
        return pathway;
    }

    public LazyDataModel<TimelineEntry> getTimeline() {
        return timeline;
    }

    public List<TimelineKind> getTimelineKinds() {
        return timelineKinds;
    }

    public void setTimelineKinds(List<TimelineKind> timelineKinds) {
        this.timelineKinds = timelineKinds == null ? new ArrayList<>() : new ArrayList<>(timelineKinds);
    }

    public String getVoidReason() {
        return voidReason;
    }

    public void setVoidReason(String voidReason) {
        this.voidReason = voidReason;
    }

    public String getFlagResolution() {
        return flagResolution;
    }

    public void setFlagResolution(String flagResolution) {
        this.flagResolution = flagResolution;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public Purpose getStartPurpose() {
        return startPurpose;
    }

    public void setStartPurpose(Purpose startPurpose) {
        this.startPurpose = startPurpose;
    }

    public LegalGround getStartLegalGround() {
        return startLegalGround;
    }

    public void setStartLegalGround(LegalGround startLegalGround) {
        this.startLegalGround = startLegalGround;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public LocalDate getAftercareReviewDate() {
        return aftercareReviewDate;
    }

    public void setAftercareReviewDate(LocalDate aftercareReviewDate) {
        this.aftercareReviewDate = aftercareReviewDate;
    }

    public ClosureOutcome getClosureOutcome() {
        return closureOutcome;
    }

    public void setClosureOutcome(ClosureOutcome closureOutcome) {
        this.closureOutcome = closureOutcome;
    }

    public ClosureDetail getClosureDetail() {
        return closureDetail;
    }

    public void setClosureDetail(ClosureDetail closureDetail) {
        this.closureDetail = closureDetail;
    }

    public String getClosureNote() {
        return closureNote;
    }

    public void setClosureNote(String closureNote) {
        this.closureNote = closureNote;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public void setDecisionComment(String decisionComment) {
        this.decisionComment = decisionComment;
    }

    public LocalDateTime getContactWhen() {
        return contactWhen;
    }

    public void setContactWhen(LocalDateTime contactWhen) {
        this.contactWhen = contactWhen;
    }

    public ContactKind getContactKind() {
        return contactKind;
    }

    public void setContactKind(ContactKind contactKind) {
        this.contactKind = contactKind;
    }

    public Integer getContactMinutes() {
        return contactMinutes;
    }

    public void setContactMinutes(Integer contactMinutes) {
        this.contactMinutes = contactMinutes;
    }

    public String getContactNote() {
        return contactNote;
    }

    public void setContactNote(String contactNote) {
        this.contactNote = contactNote;
    }
}
