package nl.gebiedsteam.caseload.referral;

import java.io.Serializable;
import java.time.LocalDate;

/** A consent as listed on the file. */
public record ConsentRow(long id, long version, ConsentPurpose purpose, String recipient, String scope,
        LocalDate givenOn, LocalDate withdrawnOn) implements Serializable {

    public boolean isActive() {
        return withdrawnOn == null;
    }
}
