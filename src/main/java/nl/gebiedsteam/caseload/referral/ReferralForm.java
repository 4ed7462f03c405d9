package nl.gebiedsteam.caseload.referral;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A new referral. When it shares data, either a valid consent for this provider is on file, the
 * consent is recorded now ({@code recordConsent}), or an override reason is given.
 */
public class ReferralForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long providerId;
    private LocalDate referredOn;
    private boolean sharesData = true;
    private boolean recordConsent;
    private LocalDate consentGivenOn;
    private String consentScope;
    private String overrideReason;
    private String note;

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public void setReferredOn(LocalDate referredOn) {
        this.referredOn = referredOn;
    }

    public boolean isSharesData() {
        return sharesData;
    }

    public void setSharesData(boolean sharesData) {
        this.sharesData = sharesData;
    }

    public boolean isRecordConsent() {
        return recordConsent;
    }

    public void setRecordConsent(boolean recordConsent) {
        this.recordConsent = recordConsent;
    }

    public LocalDate getConsentGivenOn() {
        return consentGivenOn;
    }

    public void setConsentGivenOn(LocalDate consentGivenOn) {
        this.consentGivenOn = consentGivenOn;
    }

    public String getConsentScope() {
        return consentScope;
    }

    public void setConsentScope(String consentScope) {
        this.consentScope = consentScope;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
