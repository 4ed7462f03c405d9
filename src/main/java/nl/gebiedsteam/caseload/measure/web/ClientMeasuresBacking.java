package nl.gebiedsteam.caseload.measure.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import nl.gebiedsteam.caseload.client.LegalGround;
import nl.gebiedsteam.caseload.client.Purpose;
import nl.gebiedsteam.caseload.document.DocumentService;
import nl.gebiedsteam.caseload.measure.LearnedVia;
import nl.gebiedsteam.caseload.measure.MeasureForm;
import nl.gebiedsteam.caseload.measure.MeasureOutcome;
import nl.gebiedsteam.caseload.measure.MeasureRow;
import nl.gebiedsteam.caseload.measure.MeasureService;
import nl.gebiedsteam.caseload.measure.WvggzDecision;
import nl.gebiedsteam.caseload.measure.WvggzRow;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.Option;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.web.Messages;
import org.omnifaces.cdi.ViewScoped;

/**
 * /client/measures.xhtml: the client's measures (drang/dwang) with their extension chains, recording
 * a measure or an extension, ending or voiding one, pointing one at the document on the file it was
 * checked against, and Wvggz reports. Only the assigned caseworker and the team lead get this far:
 * the service refuses and logs anyone else.
 */
@Named
@ViewScoped
public class ClientMeasuresBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    /** Which field a refusal is about, by its message key; the others stand at the top of the page. */
    private static final Map<String, String> EDITOR_FIELDS = Map.of("measure.verifiedDocument.invalid",
            "editor:verifiedDocument");
    private static final Map<String, String> VERIFYING_FIELDS = Map.of("measure.verifiedDocument.invalid",
            "verifying:verifiedDocument");

    @Inject
    MeasureService measureService;

    @Inject
    DocumentService documentService;

    private Long id;
    private List<MeasureRow> measures;
    private List<WvggzRow> reports;
    private List<Option> types;
    private Long typeId;
    private MeasureForm form;
    private String extending;
    /** The client's documents a measure can point at (title – date), read when a form opens. */
    private List<Option> documents;

    private MeasureRow verifying;
    private Long verifyingDocumentId;

    private MeasureRow ending;
    private MeasureOutcome outcome;
    private LocalDate outcomeDate;
    private String outcomeNote;
    private String voidReason;

    private LocalDate wvggzReceivedOn;
    private String wvggzReporter;
    private String wvggzSummary;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        measures = measureService.list(id);
        reports = measureService.wvggzReports(id);
        types = measureService.types();
        wvggzReceivedOn = LocalDate.now(Times.DISPLAY_ZONE);
    }

    /** AJAX: a type was chosen, so the form gets that type's legal facts. */
    public void typeChosen() {
        form = typeId == null ? null : measureService.newForm(id, typeId);
        extending = null;
        loadDocuments();
    }

    public void extend(MeasureRow row) {
        form = measureService.extensionForm(row.id());
        extending = row.typeName();
        typeId = form.getTypeId();
        loadDocuments();
    }

    public void cancel() {
        form = null;
        extending = null;
        typeId = null;
    }

    public void save() {
        if (run(() -> measureService.record(id, form), EDITOR_FIELDS)) {
            Messages.info(extending == null ? "measure.saved" : "measure.extended");
            cancel();
        }
    }

    public void startEnding(MeasureRow row) {
        ending = row;
        outcome = MeasureOutcome.ENDED_BY_TERM;
        outcomeDate = row.endDate().isAfter(LocalDate.now(Times.DISPLAY_ZONE)) ? LocalDate.now(Times.DISPLAY_ZONE)
                : row.endDate();
        outcomeNote = null;
        voidReason = null;
    }

    public void end() {
        if (run(() -> measureService.end(ending.id(), ending.version(), outcome, outcomeDate, outcomeNote))) {
            Messages.info("measure.ended");
            ending = null;
        }
    }

    public void voidMeasure() {
        if (run(() -> measureService.voidMeasure(ending.id(), ending.version(), voidReason))) {
            Messages.info("measure.voided");
            ending = null;
        }
    }

    public void cancelEnding() {
        ending = null;
    }

    public void startVerifying(MeasureRow row) {
        verifying = row;
        verifyingDocumentId = row.verifiedDocumentId();
        loadDocuments();
    }

    public void verify() {
        if (run(() -> measureService.verifyAgainst(verifying.id(), verifying.version(), verifyingDocumentId),
                VERIFYING_FIELDS)) {
            Messages.info("measure.verifiedDocument.saved");
            verifying = null;
        }
    }

    public void cancelVerifying() {
        verifying = null;
    }

    private void loadDocuments() {
        documents = documentService.list(id).stream()
                .map(d -> new Option(d.id(), d.title() + " – " + d.documentDate().format(DAY))).toList();
    }

    public void reportWvggz() {
        if (run(() -> measureService.reportWvggz(id, wvggzReceivedOn, wvggzReporter, wvggzSummary))) {
            Messages.info("wvggz.saved");
            wvggzReporter = null;
            wvggzSummary = null;
        }
    }

    public void decide(WvggzRow row, WvggzDecision decision) {
        if (run(() -> measureService.decideWvggz(row.id(), row.version(), decision, LocalDate.now(Times.DISPLAY_ZONE)))) {
            Messages.info("wvggz.decided");
        }
    }

    private boolean run(Runnable action) {
        return run(action, Map.of());
    }

    /** Runs an action; a refusal stands next to its field where {@code fields} names one, else on top. */
    private boolean run(Runnable action, Map<String, String> fields) {
        try {
            action.run();
        } catch (CaseloadException e) {
            Messages.error(fields.get(e.getMessageKey()), e);
            return false;
        }
        measures = measureService.list(id);
        reports = measureService.wvggzReports(id);
        return true;
    }

    public LearnedVia[] getLearnedVias() {
        return LearnedVia.values();
    }

    public MeasureOutcome[] getOutcomes() {
        return new MeasureOutcome[] {MeasureOutcome.ENDED_BY_TERM, MeasureOutcome.LIFTED_EARLY,
            MeasureOutcome.CONVERTED, MeasureOutcome.UNKNOWN};
    }

    public Purpose[] getPurposes() {
        return Purpose.values();
    }

    public LegalGround[] getLegalGrounds() {
        return LegalGround.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<MeasureRow> getMeasures() {
        return measures;
    }

    public List<WvggzRow> getReports() {
        return reports;
    }

    public List<Option> getTypes() {
        return types;
    }

    public Long getTypeId() {
        return typeId;
    }

    public void setTypeId(Long typeId) {
        this.typeId = typeId;
    }

    public MeasureForm getForm() {
        return form;
    }

    public String getExtending() {
        return extending;
    }

    public List<Option> getDocuments() {
        return documents;
    }

    public MeasureRow getVerifying() {
        return verifying;
    }

    public Long getVerifyingDocumentId() {
        return verifyingDocumentId;
    }

    public void setVerifyingDocumentId(Long verifyingDocumentId) {
        this.verifyingDocumentId = verifyingDocumentId;
    }

    public MeasureRow getEnding() {
        return ending;
    }

    public MeasureOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(MeasureOutcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getOutcomeDate() {
        return outcomeDate;
    }

    public void setOutcomeDate(LocalDate outcomeDate) {
        this.outcomeDate = outcomeDate;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public void setOutcomeNote(String outcomeNote) {
        this.outcomeNote = outcomeNote;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public void setVoidReason(String voidReason) {
        this.voidReason = voidReason;
    }

    public LocalDate getWvggzReceivedOn() {
        return wvggzReceivedOn;
    }

    public void setWvggzReceivedOn(LocalDate wvggzReceivedOn) {
        this.wvggzReceivedOn = wvggzReceivedOn;
    }

    public String getWvggzReporter() {
        return wvggzReporter;
    }

    public void setWvggzReporter(String wvggzReporter) {
        this.wvggzReporter = wvggzReporter;
    }

    public String getWvggzSummary() {
        return wvggzSummary;
    }

    public void setWvggzSummary(String wvggzSummary) {
        this.wvggzSummary = wvggzSummary;
    }
}
