package nl.gebiedsteam.caseload.signal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import nl.gebiedsteam.caseload.client.LegalGround;
import nl.gebiedsteam.caseload.client.Purpose;
import nl.gebiedsteam.caseload.shared.VoidableEntity;
import nl.gebiedsteam.caseload.worker.AreaTeam;

/**
 * A signal (melding) from a partner about a person: linked to a client, or kept with partial
 * identifiers until it can be. The reporter may stay anonymous towards the client.
 */
@Entity
@Table(name = "signal_report")
@NamedQuery(name = "Signal.findByClient", query = "SELECT s FROM Signal s WHERE s.clientId = :clientId "
        + "AND s.voided = FALSE ORDER BY s.receivedLocal DESC, s.id DESC")
public class Signal extends VoidableEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_team_id", nullable = false)
    private AreaTeam team;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private SignalSource source;

    /** Dutch wall-clock time the signal came in. */
    @Column(name = "received_local", nullable = false)
    private LocalDateTime receivedLocal;

    @Column(name = "reporter_name", length = 150)
    private String reporterName;

    @Column(name = "reporter_organisation", length = 150)
    private String reporterOrganisation;

    @Column(name = "reporter_contact", length = 150)
    private String reporterContact;

    @Column(name = "reporter_anonymous", nullable = false)
    private boolean reporterAnonymous;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "concern_level", nullable = false, length = 16)
    private ConcernLevel concernLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Purpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_ground", nullable = false, length = 32)
    private LegalGround legalGround;

    @Column(name = "client_id")
    private Long clientId;

    @Column(name = "person_name", length = 100)
    private String personName;

    @Column(name = "person_approx_age")
    private Integer personApproxAge;

    @Column(name = "person_school", length = 150)
    private String personSchool;

    @Column(name = "person_area", length = 100)
    private String personArea;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SignalStatus status = SignalStatus.NEW;

    @Column(name = "status_changed_at", nullable = false)
    private LocalDateTime statusChangedAt;

    @Column(name = "status_changed_by", nullable = false, length = 64)
    private String statusChangedBy;

    @Column(name = "follow_up", length = 1000)
    private String followUp;

    protected Signal() {
    }

    Signal(AreaTeam team, SignalForm form, LocalDateTime at, String by) {
        this.team = team;
        this.source = form.getSource();
        this.receivedLocal = form.getReceivedLocal().withSecond(0).withNano(0);
        this.reporterName = form.getReporterName();
        this.reporterOrganisation = form.getReporterOrganisation();
        this.reporterContact = form.getReporterContact();
        this.reporterAnonymous = form.isReporterAnonymous();
        this.summary = form.getSummary();
        this.concernLevel = form.getConcernLevel();
        this.purpose = form.getPurpose();
        this.legalGround = form.getLegalGround();
        this.personName = form.getPersonName();
        this.personApproxAge = form.getPersonApproxAge();
        this.personSchool = form.getPersonSchool();
        this.personArea = form.getPersonArea();
        changeStatus(SignalStatus.NEW, at, by);
    }

    void changeStatus(SignalStatus next, LocalDateTime at, String by) {
        status = next;
        statusChangedAt = at;
        statusChangedBy = by;
    }

    void linkTo(long client, LocalDateTime at, String by) {
        clientId = client;
        changeStatus(SignalStatus.LINKED, at, by);
    }

    void closeWithoutAction(String reason, LocalDateTime at, String by) {
        followUp = reason;
        changeStatus(SignalStatus.NO_ACTION, at, by);
    }

    public AreaTeam getTeam() {
        return team;
    }

    public SignalSource getSource() {
        return source;
    }

    public LocalDateTime getReceivedLocal() {
        return receivedLocal;
    }

    public String getReporterName() {
        return reporterName;
    }

    public String getReporterOrganisation() {
        return reporterOrganisation;
    }

    public String getReporterContact() {
        return reporterContact;
    }

    public boolean isReporterAnonymous() {
        return reporterAnonymous;
    }

    public String getSummary() {
        return summary;
    }

    public ConcernLevel getConcernLevel() {
        return concernLevel;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public LegalGround getLegalGround() {
        return legalGround;
    }

    public Long getClientId() {
        return clientId;
    }

    public String getPersonName() {
        return personName;
    }

    public Integer getPersonApproxAge() {
        return personApproxAge;
    }

    public String getPersonSchool() {
        return personSchool;
    }

    public String getPersonArea() {
        return personArea;
    }

    public SignalStatus getStatus() {
        return status;
    }

    public LocalDateTime getStatusChangedAt() {
        return statusChangedAt;
    }

    public String getStatusChangedBy() {
        return statusChangedBy;
    }

    public String getFollowUp() {
        return followUp;
    }

}
