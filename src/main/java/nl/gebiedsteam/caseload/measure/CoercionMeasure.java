package nl.gebiedsteam.caseload.measure;

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
import nl.gebiedsteam.caseload.client.LegalGround;
import nl.gebiedsteam.caseload.client.Purpose;
import nl.gebiedsteam.caseload.shared.VoidableEntity;

/**
 * A measure decided by a court, prosecutor or mayor, as recorded by the team: always with an end
 * date, so an expiring legal title is noticed in time. An extension is a new measure that points
 * to the one it extends, which then ends with outcome EXTENDED.
 */
@Entity
@Table(name = "coercion_measure")
@NamedQuery(name = "CoercionMeasure.findByClient", query = "SELECT m FROM CoercionMeasure m JOIN FETCH m.type "
        + "WHERE m.clientId = :clientId AND m.voided = FALSE ORDER BY m.startDate DESC, m.id DESC")
@NamedQuery(name = "CoercionMeasure.countByClient",
        query = "SELECT COUNT(m) FROM CoercionMeasure m WHERE m.clientId = :clientId AND m.voided = FALSE")
@NamedQuery(name = "CoercionMeasure.findExtension",
        query = "SELECT m FROM CoercionMeasure m WHERE m.extendsMeasureId = :id AND m.voided = FALSE")
public class CoercionMeasure extends VoidableEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "pathway_id", updatable = false)
    private Long pathwayId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_type_id", nullable = false, updatable = false)
    private MeasureType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private MeasureKind kind;

    @Column(name = "legal_basis", nullable = false, length = 200)
    private String legalBasis;

    @Column(name = "deciding_authority", nullable = false, length = 200)
    private String decidingAuthority;

    @Column(name = "executing_organisation", length = 200)
    private String executingOrganisation;

    @Column(name = "decision_date", nullable = false)
    private LocalDate decisionDate;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    @Column(length = 2000)
    private String conditions;

    @Column(name = "treatment_obligation", nullable = false)
    private boolean treatmentObligation;

    @Column(name = "substance_ban", nullable = false)
    private boolean substanceBan;

    @Column(name = "location_ban", nullable = false)
    private boolean locationBan;

    @Column(name = "contact_ban", nullable = false)
    private boolean contactBan;

    @Enumerated(EnumType.STRING)
    @Column(name = "learned_via", nullable = false, length = 24)
    private LearnedVia learnedVia;

    @Column(nullable = false)
    private boolean verified;

    @Column(name = "verified_document_id")
    private Long verifiedDocumentId;

    @Column(name = "duration_confirmed", nullable = false)
    private boolean durationConfirmed;

    @Column(name = "extends_measure_id", updatable = false)
    private Long extendsMeasureId;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private MeasureOutcome outcome;

    @Column(name = "outcome_date")
    private LocalDate outcomeDate;

    @Column(name = "outcome_note", length = 1000)
    private String outcomeNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Purpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_ground", nullable = false, length = 32)
    private LegalGround legalGround;

    protected CoercionMeasure() {
    }

    CoercionMeasure(long clientId, Long pathwayId, MeasureType type, Long extendsMeasureId) {
        this.clientId = clientId;
        this.pathwayId = pathwayId;
        this.type = type;
        this.kind = type.getKind();
        this.extendsMeasureId = extendsMeasureId;
    }

    void apply(MeasureForm form) {
        legalBasis = form.getLegalBasis();
        decidingAuthority = form.getDecidingAuthority();
        executingOrganisation = form.getExecutingOrganisation();
        decisionDate = form.getDecisionDate();
        startDate = form.getStartDate();
        endDate = form.getEndDate();
        reviewDate = form.getReviewDate();
        conditions = form.getConditions();
        treatmentObligation = form.isTreatmentObligation();
        substanceBan = form.isSubstanceBan();
        locationBan = form.isLocationBan();
        contactBan = form.isContactBan();
        learnedVia = form.getLearnedVia();
        verified = form.isVerified();
        verifiedAgainst(form.getVerifiedDocumentId());
        durationConfirmed = form.isDurationConfirmed();
        purpose = form.getPurpose();
        legalGround = form.getLegalGround();
    }

    /**
     * The document on the file this measure was checked against, or none. Choosing one says the
     * measure was checked, so it sets {@code verified}; clearing it leaves {@code verified} as it was.
     */
    void verifiedAgainst(Long documentId) {
        verifiedDocumentId = documentId;
        if (documentId != null) {
            verified = true;
        }
    }

    void end(MeasureOutcome how, LocalDate on, String note) {
        outcome = how;
        outcomeDate = on;
        outcomeNote = note;
    }

    public long getClientId() {
        return clientId;
    }

    public Long getPathwayId() {
        return pathwayId;
    }

    public MeasureType getType() {
        return type;
    }

    public MeasureKind getKind() {
        return kind;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getDecidingAuthority() {
        return decidingAuthority;
    }

    public String getExecutingOrganisation() {
        return executingOrganisation;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public String getConditions() {
        return conditions;
    }

    public boolean isTreatmentObligation() {
        return treatmentObligation;
    }

    public boolean isSubstanceBan() {
        return substanceBan;
    }

    public boolean isLocationBan() {
        return locationBan;
    }

    public boolean isContactBan() {
        return contactBan;
    }

    public LearnedVia getLearnedVia() {
        return learnedVia;
    }

    public boolean isVerified() {
        return verified;
    }

    public Long getVerifiedDocumentId() {
        return verifiedDocumentId;
    }

    public Long getExtendsMeasureId() {
        return extendsMeasureId;
    }

    public MeasureOutcome getOutcome() {
        return outcome;
    }

    public LocalDate getOutcomeDate() {
        return outcomeDate;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public LegalGround getLegalGround() {
        return legalGround;
    }
}
