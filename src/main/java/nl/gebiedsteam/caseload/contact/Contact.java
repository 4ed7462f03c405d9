package nl.gebiedsteam.caseload.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import nl.gebiedsteam.caseload.shared.VoidableEntity;

/** A contact moment with or about the client; linked to the pathway that was open at the time. */
@Entity
@Table(name = "client_contact")
@NamedQuery(name = "Contact.findByClient", query = "SELECT c FROM Contact c WHERE c.clientId = :clientId "
        + "AND c.voided = FALSE ORDER BY c.occurredLocal DESC, c.id DESC")
@NamedQuery(name = "Contact.countByClient",
        query = "SELECT COUNT(c) FROM Contact c WHERE c.clientId = :clientId AND c.voided = FALSE")
public class Contact extends VoidableEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "pathway_id", updatable = false)
    private Long pathwayId;

    /** Dutch wall-clock time of the contact. */
    @Column(name = "occurred_local", nullable = false)
    private LocalDateTime occurredLocal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ContactKind kind;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(length = 4000)
    private String note;

    protected Contact() {
    }

    Contact(long clientId, Long pathwayId, LocalDateTime occurredLocal, ContactKind kind, int durationMinutes,
            String note) {
        this.clientId = clientId;
        this.pathwayId = pathwayId;
        this.occurredLocal = occurredLocal;
        this.kind = kind;
        this.durationMinutes = durationMinutes;
        this.note = note;
    }


    public long getClientId() {
        return clientId;
    }

    public Long getPathwayId() {
        return pathwayId;
    }

    public LocalDateTime getOccurredLocal() {
        return occurredLocal;
    }

    public ContactKind getKind() {
        return kind;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getNote() {
        return note;
    }

}
