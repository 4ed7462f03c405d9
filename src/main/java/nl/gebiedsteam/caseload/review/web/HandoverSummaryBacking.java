package nl.gebiedsteam.caseload.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.gebiedsteam.caseload.review.HandoverSummary;
import nl.gebiedsteam.caseload.review.HandoverSummaryService;
import nl.gebiedsteam.caseload.shared.NotFoundException;

/**
 * /client/handover.xhtml: the handover summary of one file, to print. A plain GET page without
 * forms, so request-scoped; each view is one print and one PRINT line, written by the service.
 * It lives in review, not in client or casefile, because it shows parts of the file (measures,
 * referrals, contacts, notes) that those lower features may not depend on.
 */
@Named
@RequestScoped
public class HandoverSummaryBacking {

    @Inject
    HandoverSummaryService service;

    private Long id;
    private HandoverSummary summary;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        summary = service.summary(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public HandoverSummary getSummary() {
        return summary;
    }
}
