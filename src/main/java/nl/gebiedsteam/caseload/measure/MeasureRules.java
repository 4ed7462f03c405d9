package nl.gebiedsteam.caseload.measure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.Text;

/**
 * The validation and expiry rules of the measures register, as pure functions so each can be
 * tested at its boundaries. The register records decisions made elsewhere: these rules catch
 * typing errors and implausible entries, they do not judge the decision.
 */
public final class MeasureRules {

    private MeasureRules() {
    }

    /**
     * Another measure of the same client, as far as the overlap and extension rules need it; its
     * {@code end} is the day it really ended (the outcome date of a measure lifted early).
     */
    public record Period(long id, long typeId, LocalDate start, LocalDate end, MeasureOutcome outcome,
            boolean extended) {

        boolean overlaps(LocalDate otherStart, LocalDate otherEnd) {
            return !start.isAfter(otherEnd) && !otherStart.isAfter(end);
        }
    }

    /**
     * Refuses an entry that cannot be right, with a message key the page shows next to the form.
     *
     * @param others   the client's other measures (not voided), without the one being entered
     * @param extended the measure this one extends, or null
     */
    public static void validate(MeasureForm form, MeasureType type, LocalDate today, Collection<Period> others,
            Period extended) {
        if (type == null || form.getLearnedVia() == null || form.getPurpose() == null || form.getLegalGround() == null
                || Text.isBlank(form.getLegalBasis()) || Text.isBlank(form.getDecidingAuthority())) {
            throw new CaseloadException("measure.required");
        }
        if (form.getDecisionDate() == null || form.getStartDate() == null) {
            throw new CaseloadException("measure.dates.required");
        }
        if (form.getEndDate() == null) {
            throw new CaseloadException("measure.endDate.required");
        }
        if (form.getDecisionDate().isAfter(today)) {
            throw new CaseloadException("measure.decision.future");
        }
        if (form.getStartDate().isBefore(form.getDecisionDate())) {
            throw new CaseloadException("measure.start.beforeDecision");
        }
        if (!form.getEndDate().isAfter(form.getStartDate())) {
            throw new CaseloadException("measure.end.notAfterStart");
        }
        if (form.getReviewDate() != null && form.getReviewDate().isBefore(form.getStartDate())) {
            throw new CaseloadException("measure.review.beforeStart");
        }
        long days = ChronoUnit.DAYS.between(form.getStartDate(), form.getEndDate());
        if (type.getTypicalMaxDays() != null && days > type.getTypicalMaxDays() && !form.isDurationConfirmed()) {
            throw new CaseloadException("measure.duration.confirm", days, type.getTypicalMaxDays());
        }
        if (extended != null) {
            if (extended.outcome() != null || extended.extended()) {
                throw new CaseloadException("measure.extend.ended");
            }
            if (form.getStartDate().isBefore(extended.start()) || form.getStartDate().isAfter(extended.end().plusDays(1))) {
                throw new CaseloadException("measure.extend.gap");
            }
        }
        for (Period other : others) {
            boolean isTheExtendedOne = extended != null && other.id() == extended.id();
            if (Long.valueOf(other.typeId()).equals(type.getId()) && !isTheExtendedOne
                    && other.overlaps(form.getStartDate(), form.getEndDate())) {
                throw new CaseloadException("measure.overlap");
            }
        }
    }

    /**
     * Running, expiring (ends today or within {@code windowDays}), overdue (past its end without an
     * outcome or extension) or ended (has an outcome, or was extended).
     */
    public static ExpiryStatus expiryStatus(LocalDate end, MeasureOutcome outcome, boolean extended, LocalDate today,
            int windowDays) {
        if (outcome != null || extended) {
            return ExpiryStatus.ENDED;
        }
        if (end.isBefore(today)) {
            return ExpiryStatus.OVERDUE;
        }
        return end.isAfter(today.plusDays(windowDays)) ? ExpiryStatus.RUNNING : ExpiryStatus.EXPIRING;
    }
}
