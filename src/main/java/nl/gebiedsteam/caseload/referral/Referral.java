package nl.gebiedsteam.caseload.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.gebiedsteam.caseload.shared.VoidableEntity;

/** A referral to specialised care or a partner; its dates give the waiting times. */
@Entity
@Table(name = "referral")
@NamedQuery(name = "Referral.findByClient", query = "SELECT r FROM Referral r JOIN FETCH r.provider "
        + "WHERE r.clientId = :clientId AND r.voided = FALSE ORDER BY r.referredOn DESC, r.id DESC")
public class Referral extends VoidableEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "pathway_id", updatable = false)
    private Long pathwayId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false, updatable = false)
    private ReferralProvider provider;

    @Column(name = "referred_on", nullable = false)
    private LocalDate referredOn;

    @Column(name = "provider_intake_on")
    private LocalDate providerIntakeOn;

    @Column(name = "treatment_start_on")
    private LocalDate treatmentStartOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReferralStatus status = ReferralStatus.IN_PROGRESS;

    @Column(name = "shares_data", nullable = false, updatable = false)
    private boolean sharesData;

    @Column(name = "consent_id", updatable = false)
    private Long consentId;

    @Column(name = "consent_override_reason", length = 500, updatable = false)
    private String consentOverrideReason;

    @Column(length = 2000)
    private String note;

    protected Referral() {
    }

    Referral(long clientId, Long pathwayId, ReferralProvider provider, LocalDate referredOn, boolean sharesData,
            Long consentId, String consentOverrideReason, String note) {
        this.clientId = clientId;
        this.pathwayId = pathwayId;
        this.provider = provider;
        this.referredOn = referredOn;
        this.sharesData = sharesData;
        this.consentId = consentId;
        this.consentOverrideReason = consentOverrideReason;
        this.note = note;
    }

    void progress(LocalDate providerIntakeOn, LocalDate treatmentStartOn, ReferralStatus status, String note) {
        this.providerIntakeOn = providerIntakeOn;
        this.treatmentStartOn = treatmentStartOn;
        this.status = status;
        this.note = note;
    }


    public long getClientId() {
        return clientId;
    }

    public Long getPathwayId() {
        return pathwayId;
    }

    public ReferralProvider getProvider() {
        return provider;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public LocalDate getProviderIntakeOn() {
        return providerIntakeOn;
    }

    public LocalDate getTreatmentStartOn() {
        return treatmentStartOn;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public boolean isSharesData() {
        return sharesData;
    }

    public Long getConsentId() {
        return consentId;
    }

    public String getConsentOverrideReason() {
        return consentOverrideReason;
    }

    public String getNote() {
        return note;
    }

}
