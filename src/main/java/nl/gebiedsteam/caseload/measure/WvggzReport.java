package nl.gebiedsteam.caseload.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.gebiedsteam.caseload.shared.BaseEntity;

/**
 * A report under the Wvggz received by the municipality. It obliges an exploratory investigation
 * and a decision within 14 days on whether to ask the prosecutor for a care authorisation.
 */
@Entity
@Table(name = "wvggz_report")
@NamedQuery(name = "WvggzReport.findByClient",
        query = "SELECT r FROM WvggzReport r WHERE r.clientId = :clientId ORDER BY r.receivedOn DESC, r.id DESC")
@NamedQuery(name = "WvggzReport.countByClient", query = "SELECT COUNT(r) FROM WvggzReport r WHERE r.clientId = :clientId")
public class WvggzReport extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(nullable = false, length = 150)
    private String reporter;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private WvggzDecision decision;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    protected WvggzReport() {
    }

    WvggzReport(long clientId, LocalDate receivedOn, String reporter, String summary) {
        this.clientId = clientId;
        this.receivedOn = receivedOn;
        this.reporter = reporter;
        this.summary = summary;
    }

    void decide(WvggzDecision what, LocalDate on) {
        decision = what;
        decidedOn = on;
    }

    public long getClientId() {
        return clientId;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getReporter() {
        return reporter;
    }

    public String getSummary() {
        return summary;
    }

    public WvggzDecision getDecision() {
        return decision;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }
}
