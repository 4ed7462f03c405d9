package nl.gebiedsteam.caseload.referral;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Waiting days of a referral: referral → provider intake, intake → treatment start, and in total.
 * A stage not yet reached is counted up to today while the referral is still running (the client
 * is waiting now); for a referral that ended without reaching it, that stage has no number.
 * The referral is flagged when the total wait exceeds the threshold.
 */
public record WaitingTimes(Integer toIntake, Integer toTreatment, Integer total, boolean stillWaiting,
        boolean flagged) implements Serializable {

    public static WaitingTimes of(LocalDate referredOn, LocalDate intakeOn, LocalDate treatmentOn,
            ReferralStatus status, LocalDate today, int flagAfterDays) {
        boolean running = status == ReferralStatus.IN_PROGRESS || status == ReferralStatus.ACCEPTED;
        boolean stillWaiting = running && treatmentOn == null;
        LocalDate intakeEnd = intakeOn != null ? intakeOn : stillWaiting ? today : null;
        Integer toIntake = intakeEnd == null ? null : days(referredOn, intakeEnd);
        LocalDate treatmentEnd = treatmentOn != null ? treatmentOn : stillWaiting && intakeOn != null ? today : null;
        Integer toTreatment = intakeOn == null || treatmentEnd == null ? null : days(intakeOn, treatmentEnd);
        LocalDate totalEnd = treatmentOn != null ? treatmentOn : stillWaiting ? today : null;
        Integer total = totalEnd == null ? null : days(referredOn, totalEnd);
        return new WaitingTimes(toIntake, toTreatment, total, stillWaiting, total != null && total > flagAfterDays);
    }

    private static int days(LocalDate from, LocalDate to) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(from, to));
    }
}
