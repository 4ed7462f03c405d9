package nl.gebiedsteam.caseload.document.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.gebiedsteam.caseload.document.DocumentKind;
import nl.gebiedsteam.caseload.document.DocumentRow;
import nl.gebiedsteam.caseload.document.DocumentService;
import nl.gebiedsteam.caseload.document.MeasureChoice;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.web.Messages;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * /client/documents.xhtml: the client's documents, uploading several at once (each file is its own
 * request, with a progress bar), changing what a document is about, and voiding one. What became of
 * each file is listed under the file field; the form's fields keep what was entered.
 */
@Named
@ViewScoped
public class ClientDocumentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    /** Which field of the upload form a refusal is about, by its message key; the rest are about the file. */
    private static final Map<String, String> UPLOAD_FIELDS = Map.of("document.title.required", "upload:title",
            "document.kind.required", "upload:kind", "document.date.invalid", "upload:documentDate",
            "document.measure.invalid", "upload:measure", "document.measure.notYours", "upload:measure");
    private static final Map<String, String> DESCRIBE_FIELDS = Map.of("document.title.required", "describe:title",
            "document.kind.required", "describe:kind", "document.date.invalid", "describe:documentDate",
            "document.void.reasonRequired", "describe:voidReason");

    @Inject
    DocumentService documents;

    private int maxMegabytes;

    /** What became of one file uploaded on this page: added, or refused and why, in the user's words. */
    public record UploadOutcome(String fileName, boolean added, String text) implements Serializable {
    }

    private Long id;
    private List<DocumentRow> rows;
    /**
     * Every file uploaded since the page opened, newest first: each file is its own request, so a
     * page message would show only the last one's.
     */
    private final List<UploadOutcome> outcomes = new ArrayList<>();
    private List<MeasureChoice> measures;

    private String title;
    private DocumentKind kind = DocumentKind.OTHER;
    private LocalDate documentDate;
    private Long measureId;

    /** The document whose description is being changed, or null. */
    private DocumentRow editing;
    private String editTitle;
    private DocumentKind editKind;
    private LocalDate editDate;
    private String voidReason;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        rows = documents.list(id);
        if (measures == null) {
            measures = documents.measureChoices(id);
            maxMegabytes = documents.maxMegabytes();
            documentDate = LocalDate.now(Times.DISPLAY_ZONE);
        }
    }

    /**
     * One uploaded file. PrimeFaces hands it over while the form's other fields are validated but
     * not yet in this bean, so their checked values are read from the components themselves.
     */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isValidationFailed()) {
            refused(file, Messages.text("document.upload.fieldsFirst", file.getFileName()));
            return;
        }
        UIComponent form = event.getComponent();
        String given = valueOf(form, "title");
        DocumentService.Description description = new DocumentService.Description(
                given == null || given.isBlank() ? titleFrom(file.getFileName()) : given, valueOf(form, "kind"),
                valueOf(form, "documentDate"), valueOf(form, "measure"));
        try (InputStream content = file.getInputStream()) {
            documents.upload(id, description, file.getFileName(), content);
            outcomes.add(0, new UploadOutcome(file.getFileName(), true, Messages.text("document.uploaded",
                    file.getFileName())));
        } catch (CaseloadException e) {
            String field = UPLOAD_FIELDS.get(e.getMessageKey());
            if (field != null) {
                Messages.error(field, e);
            }
            refused(file, Messages.text("document.upload.refusedFile", file.getFileName(),
                    Messages.text(e.getMessageKey(), e.getArguments())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows = documents.list(id);
    }

    private void refused(UploadedFile file, String text) {
        outcomes.add(0, new UploadOutcome(file.getFileName(), false, text));
    }

    /** A title for a file uploaded without one: its name without the extension. */
    static String titleFrom(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem.length() > 200 ? stem.substring(0, 200) : stem;
    }

    @SuppressWarnings("unchecked")
    private static <T> T valueOf(UIComponent near, String id) {
        return (T) ((UIInput) near.findComponent(id)).getValue();
    }

    /** Takes the document afresh: its current version, and only if the caller may still see it. */
    public void edit(DocumentRow listed) {
        DocumentRow row = documents.document(listed.id());
        editing = row;
        editTitle = row.title();
        editKind = row.kind();
        editDate = row.documentDate();
        voidReason = null;
    }

    public void describe() {
        try {
            documents.describe(editing.id(), editing.version(), editTitle, editKind, editDate);
        } catch (CaseloadException e) {
            Messages.error(DESCRIBE_FIELDS.get(e.getMessageKey()), e);
            return;
        }
        Messages.info("document.described");
        editing = null;
        rows = documents.list(id);
    }

    public void voidDocument() {
        try {
            documents.voidDocument(editing.id(), editing.version(), voidReason);
        } catch (CaseloadException e) {
            Messages.error(DESCRIBE_FIELDS.get(e.getMessageKey()), e);
            return;
        }
        Messages.info("document.voided");
        editing = null;
        rows = documents.list(id);
    }

    public void cancel() {
        editing = null;
    }

    /** The measure a listed document belongs to, as a label; null when it belongs to none. */
    public MeasureChoice measureOf(DocumentRow row) {
        return row.measureId() == null ? null : measures.stream().filter(m -> m.id() == row.measureId()).findFirst()
                .orElse(null);
    }

    /** A file's size as people read it: kilobytes below a megabyte, else megabytes with one decimal. */
    public String size(long bytes) {
        return bytes < 1024 * 1024 ? Messages.text("document.size.kb", Math.max(1, (bytes + 1023) / 1024))
                : Messages.text("document.size.mb", bytes / (1024.0 * 1024));
    }

    public DocumentKind[] getKinds() {
        return DocumentKind.values();
    }

    public String period(MeasureChoice measure) {
        return Messages.text("document.measure.period", DAY.format(measure.startDate()), DAY.format(measure.endDate()));
    }

    public long getMaxBytes() {
        return (long) maxMegabytes * 1024 * 1024;
    }

    public String getLimitText() {
        return Messages.text("document.upload.limit", maxMegabytes);
    }

    public String getTooLargeText() {
        return Messages.text("document.file.tooLarge", maxMegabytes);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<DocumentRow> getRows() {
        return rows;
    }

    public List<UploadOutcome> getOutcomes() {
        return outcomes;
    }

    public List<MeasureChoice> getMeasures() {
        return measures;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public void setKind(DocumentKind kind) {
        this.kind = kind;
    }

    public LocalDate getDocumentDate() {
        return documentDate;
    }

    public void setDocumentDate(LocalDate documentDate) {
        this.documentDate = documentDate;
    }

    public Long getMeasureId() {
        return measureId;
    }

    public void setMeasureId(Long measureId) {
        this.measureId = measureId;
    }

    public DocumentRow getEditing() {
        return editing;
    }

    public String getEditTitle() {
        return editTitle;
    }

    public void setEditTitle(String editTitle) {
        this.editTitle = editTitle;
    }

    public DocumentKind getEditKind() {
        return editKind;
    }

    public void setEditKind(DocumentKind editKind) {
        this.editKind = editKind;
    }

    public LocalDate getEditDate() {
        return editDate;
    }

    public void setEditDate(LocalDate editDate) {
        this.editDate = editDate;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public void setVoidReason(String voidReason) {
        this.voidReason = voidReason;
    }
}
