package nl.gebiedsteam.caseload.pathway;

import java.util.EnumSet;
import java.util.Set;

/**
 * Second level of the closure reason, with the first-level outcomes it can go with: goals met is
 * always "as planned", leaving or losing the client is always "ended early", and a referral or
 * transfer can be either.
 */
public enum ClosureDetail {
    GOALS_MET(ClosureOutcome.COMPLETED_AS_PLANNED),
    REFERRED_TO_SPECIALISED_CARE(ClosureOutcome.COMPLETED_AS_PLANNED, ClosureOutcome.ENDED_EARLY),
    TRANSFERRED(ClosureOutcome.COMPLETED_AS_PLANNED, ClosureOutcome.ENDED_EARLY),
    CLIENT_WITHDREW(ClosureOutcome.ENDED_EARLY),
    MOVED_AWAY(ClosureOutcome.ENDED_EARLY),
    DECEASED(ClosureOutcome.ENDED_EARLY),
    LOST_CONTACT(ClosureOutcome.ENDED_EARLY);

    private final Set<ClosureOutcome> outcomes;

    ClosureDetail(ClosureOutcome first, ClosureOutcome... more) {
        this.outcomes = EnumSet.of(first, more);
    }

    public boolean fits(ClosureOutcome outcome) {
        return outcomes.contains(outcome);
    }
}
