package nl.gebiedsteam.caseload.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.gebiedsteam.caseload.shared.BaseEntity;

/** The client's consent to share data for a purpose with a recipient; withdrawn, never deleted. */
@Entity
@Table(name = "consent")
@NamedQuery(name = "Consent.findByClient",
        query = "SELECT c FROM Consent c WHERE c.clientId = :clientId ORDER BY c.givenOn DESC, c.id DESC")
@NamedQuery(name = "Consent.findValid", query = "SELECT c FROM Consent c WHERE c.clientId = :clientId "
        + "AND c.purpose = :purpose AND c.recipientProviderId = :providerId AND c.givenOn <= :on "
        + "AND (c.withdrawnOn IS NULL OR c.withdrawnOn > :on) ORDER BY c.givenOn DESC")
public class Consent extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ConsentPurpose purpose;

    @Column(name = "recipient_provider_id")
    private Long recipientProviderId;

    @Column(nullable = false, length = 150)
    private String recipient;

    @Column(nullable = false, length = 500)
    private String scope;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    protected Consent() {
    }

    Consent(long clientId, ConsentPurpose purpose, Long recipientProviderId, String recipient, String scope,
            LocalDate givenOn) {
        this.clientId = clientId;
        this.purpose = purpose;
        this.recipientProviderId = recipientProviderId;
        this.recipient = recipient;
        this.scope = scope;
        this.givenOn = givenOn;
    }

    void withdraw(LocalDate on) {
        withdrawnOn = on;
    }

    public long getClientId() {
        return clientId;
    }

    public ConsentPurpose getPurpose() {
        return purpose;
    }

    public Long getRecipientProviderId() {
        return recipientProviderId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getScope() {
        return scope;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }
}
