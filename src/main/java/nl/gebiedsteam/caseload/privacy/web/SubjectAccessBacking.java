package nl.gebiedsteam.caseload.privacy.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import nl.gebiedsteam.caseload.audit.AccessLogQuery;
import nl.gebiedsteam.caseload.audit.AccessLogSearchService;
import nl.gebiedsteam.caseload.audit.web.AccessLogRows;
import nl.gebiedsteam.caseload.privacy.SubjectAccessExport;
import nl.gebiedsteam.caseload.privacy.SubjectAccessLetterService;
import nl.gebiedsteam.caseload.privacy.SubjectAccessLetterService.Letter;
import nl.gebiedsteam.caseload.privacy.SubjectAccessService;
import nl.gebiedsteam.caseload.privacy.SubjectRow;
import nl.gebiedsteam.caseload.privacy.export.SubjectAccessJson;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.web.Messages;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * /privacy/subject.xhtml: a subject-access request. The privacy officer finds the person, reads
 * their own access log for a period, drafts the subject-access letter (reviewed on
 * /privacy/letter.xhtml) or downloads an earlier, released one, and downloads everything recorded
 * about them as JSON, the complete machine-readable copy.
 */
@Named
@ViewScoped
public class SubjectAccessBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SubjectAccessService subjectAccess;

    @Inject
    SubjectAccessLetterService letterService;

    @Inject
    AccessLogSearchService logSearch;

    private Long clientId;
    private String bsn;
    private String surname;
    private LocalDate dateOfBirth;
    private List<SubjectRow> found;
    private SubjectRow subject;
    private LocalDate from;
    private LocalDate to;
    private AccessLogRows log;
    private List<Letter> letters;

    @PostConstruct
    void init() {
        log = new AccessLogRows(logSearch);
    }

    /** View action for ?client=: the person the request is about. */
    public void load() {
        if (clientId != null) {
            subject = subjectAccess.subject(clientId);
            letters = letterService.letters(clientId);
            showLog();
        }
    }

    public void find() {
        found = subjectAccess.find(null, bsn, surname, dateOfBirth);
    }

    public void showLog() {
        // the client's own log: lines about them and lists that showed them
        log.setQuery(AccessLogQuery.ofClient(subject.clientId(), from, to));
    }

    /** Drafts a letter in the language the page is shown in, and opens it for review. */
    public String draftLetter() {
        long letter = letterService.draft(subject.clientId(), locale());
        Messages.flash("letterReview.draftMade");
        return "/privacy/letter?faces-redirect=true&letter=" + letter;
    }

    public StreamedContent getJson() {
        SubjectAccessExport export = subjectAccess.export(subject.clientId(), "json", locale());
        return file(SubjectAccessJson.write(export), "application/json", "inzage-client-" + subject.clientId() + ".json");
    }

    /** A released letter, exactly as it was released. */
    public StreamedContent letterDocument(long letterId) {
        return file(letterService.document(letterId), "application/pdf", SubjectAccessLetterBacking.fileName(
                subject.clientId(), letterId));
    }

    /** A time stored in UTC, as the Dutch clock showed it. */
    public LocalDateTime local(LocalDateTime utc) {
        return Times.toDisplay(utc);
    }

    static StreamedContent file(byte[] content, String type, String name) {
        return DefaultStreamedContent.builder().name(name).contentType(type).contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content)).build();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public Long getClientId() {
        return clientId;
    }

    public void setClientId(Long clientId) {
        this.clientId = clientId;
    }

    public String getBsn() {
        return bsn;
    }

    public void setBsn(String bsn) {
        this.bsn = bsn;
    }

    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        this.surname = surname;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public List<SubjectRow> getFound() {
        return found;
    }

    public SubjectRow getSubject() {
        return subject;
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

    public AccessLogRows getLog() {
        return log;
    }

    public List<Letter> getLetters() {
        return letters;
    }
}
