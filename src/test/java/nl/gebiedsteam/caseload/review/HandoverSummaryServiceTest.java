package nl.gebiedsteam.caseload.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import nl.gebiedsteam.caseload.pathway.PlanStatus;
import nl.gebiedsteam.caseload.pathway.PlanVersion;
import org.junit.jupiter.api.Test;

/** Which plan version the handover summary prints. */
class HandoverSummaryServiceTest {

    @Test
    void planInForce_isTheNewestAgreedVersion_notANewerDraft() {
        assertEquals(Optional.of(2), number(List.of(plan(3, PlanStatus.DRAFT), plan(2, PlanStatus.AGREED),
                plan(1, PlanStatus.SUPERSEDED))));
    }

    @Test
    void planInForce_isTheDraft_whenNothingWasAgreedYet() {
        assertEquals(Optional.of(1), number(List.of(plan(1, PlanStatus.DRAFT))));
    }

    @Test
    void planInForce_isNone_withoutPlans() {
        assertEquals(Optional.empty(), number(List.of()));
    }

    private static Optional<Integer> number(List<PlanVersion> newestFirst) {
        return HandoverSummaryService.planInForce(newestFirst).map(PlanVersion::planNumber);
    }

    private static PlanVersion plan(int number, PlanStatus status) {
        return new PlanVersion(number, number, status, null, null, null, null, null, null, null, List.of());
    }
}
