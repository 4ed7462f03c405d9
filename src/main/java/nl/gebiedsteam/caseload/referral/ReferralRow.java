package nl.gebiedsteam.caseload.referral;

import java.io.Serializable;
import java.time.LocalDate;

/** A referral as listed on the file, with its waiting times and how data sharing was covered. */
public record ReferralRow(long id, long version, String providerName, LocalDate referredOn, LocalDate providerIntakeOn,
        LocalDate treatmentStartOn, ReferralStatus status, boolean sharesData, boolean consentOnFile,
        String consentOverrideReason, String note, WaitingTimes waiting) implements Serializable {
}
