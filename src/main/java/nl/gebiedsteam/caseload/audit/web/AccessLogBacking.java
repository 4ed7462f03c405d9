package nl.gebiedsteam.caseload.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLogQuery;
import nl.gebiedsteam.caseload.audit.AccessLogSearchService;
import nl.gebiedsteam.caseload.audit.SearchTerms;
import nl.gebiedsteam.caseload.audit.Outcome;
import nl.gebiedsteam.caseload.shared.Times;
import org.omnifaces.cdi.ViewScoped;

/**
 * /privacy/log.xhtml: the privacy officer searches the access log, or opens one of the review
 * lists (?review=DENIALS, …), which fills the filters with the list's preset over the last 30 days.
 */
@Named
@ViewScoped
public class AccessLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int REVIEW_DAYS = 30;

    @Inject
    AccessLogSearchService searchService;

    @Inject
    SearchTerms searchTerms;

    private AccessLogQuery.Review review;
    private Long clientId;
    private String workerLogin;
    private AccessEvent event;
    private Outcome outcome;
    private String sensitivity;
    private String objectType;
    private LocalDate from;
    private LocalDate to;
    private String term;
    private AccessLogRows rows;

    @PostConstruct
    void init() {
        rows = new AccessLogRows(searchService);
    }

    /** View action: a review list fills the filters, otherwise the page opens on today. */
    public void load() {
        LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);
        if (review != null) {
            AccessLogQuery preset = review.query(today.minusDays(REVIEW_DAYS), today);
            event = preset.event();
            outcome = preset.outcome();
            objectType = preset.objectType();
            from = preset.from();
            to = preset.to();
        } else {
            from = today;
            to = today;
        }
        search();
    }

    public void search() {
        rows.setQuery(new AccessLogQuery(clientId, workerLogin, event, outcome, sensitivity, objectType, from, to,
                searchTerms.pseudonym(term)));
    }

    public List<AccessEvent> getEvents() {
        return List.of(AccessEvent.values());
    }

    public List<Outcome> getOutcomes() {
        return List.of(Outcome.values());
    }

    public List<AccessLogQuery.Review> getReviews() {
        return List.of(AccessLogQuery.Review.values());
    }

    public AccessLogRows getRows() {
        return rows;
    }

    public AccessLogQuery.Review getReview() {
        return review;
    }

    public void setReview(AccessLogQuery.Review review) {
        this.review = review;
    }

    public Long getClientId() {
        return clientId;
    }

    public void setClientId(Long clientId) {
        this.clientId = clientId;
    }

    public String getWorkerLogin() {
        return workerLogin;
    }

    public void setWorkerLogin(String workerLogin) {
        this.workerLogin = workerLogin;
    }

    public AccessEvent getEvent() {
        return event;
    }

    public void setEvent(AccessEvent event) {
        this.event = event;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public String getSensitivity() {
        return sensitivity;
    }

    public void setSensitivity(String sensitivity) {
        this.sensitivity = sensitivity;
    }

    public String getObjectType() {
        return objectType;
    }

    public void setObjectType(String objectType) {
        this.objectType = objectType;
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

    /** A name, BSN or date someone searched for; never kept, only its pseudonym is looked up. */
    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }
}
