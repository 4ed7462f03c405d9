package nl.gebiedsteam.caseload.measure;

import java.io.Serializable;

/**
 * A measure as entered. {@code extendsMeasureId} makes it an extension of that measure;
 * {@code durationConfirmed} is the user's confirmation of a duration beyond the type's typical maximum;
 * {@code verifiedDocumentId} is the document on the file it was checked against (which implies
 * {@code verified}).
 */
public class MeasureForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long typeId;
    private Long extendsMeasureId;
    private String legalBasis;
    private String decidingAuthority;
    private String executingOrganisation;
    private java.time.LocalDate decisionDate;
    private java.time.LocalDate startDate;
    private java.time.LocalDate endDate;
    private java.time.LocalDate reviewDate;
    private String conditions;
    private boolean treatmentObligation;
    private boolean substanceBan;
    private boolean locationBan;
    private boolean contactBan;
    private LearnedVia learnedVia;
    private boolean verified;
    private Long verifiedDocumentId;
    private boolean durationConfirmed;
    private nl.gebiedsteam.caseload.client.Purpose purpose;
    private nl.gebiedsteam.caseload.client.LegalGround legalGround;

    public Long getTypeId() {
        return typeId;
    }

    public void setTypeId(Long typeId) {
        this.typeId = typeId;
    }

    public Long getExtendsMeasureId() {
        return extendsMeasureId;
    }

    public void setExtendsMeasureId(Long extendsMeasureId) {
        this.extendsMeasureId = extendsMeasureId;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getDecidingAuthority() {
        return decidingAuthority;
    }

    public void setDecidingAuthority(String decidingAuthority) {
        this.decidingAuthority = decidingAuthority;
    }

    public String getExecutingOrganisation() {
        return executingOrganisation;
    }

    public void setExecutingOrganisation(String executingOrganisation) {
        this.executingOrganisation = executingOrganisation;
    }

    public java.time.LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(java.time.LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public java.time.LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(java.time.LocalDate startDate) {
        this.startDate = startDate;
    }

    public java.time.LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(java.time.LocalDate endDate) {
        this.endDate = endDate;
    }

    public java.time.LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(java.time.LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public boolean isTreatmentObligation() {
        return treatmentObligation;
    }

    public void setTreatmentObligation(boolean treatmentObligation) {
        this.treatmentObligation = treatmentObligation;
    }

    public boolean isSubstanceBan() {
        return substanceBan;
    }

    public void setSubstanceBan(boolean substanceBan) {
        this.substanceBan = substanceBan;
    }

    public boolean isLocationBan() {
        return locationBan;
    }

    public void setLocationBan(boolean locationBan) {
        this.locationBan = locationBan;
    }

    public boolean isContactBan() {
        return contactBan;
    }

    public void setContactBan(boolean contactBan) {
        this.contactBan = contactBan;
    }

    public LearnedVia getLearnedVia() {
        return learnedVia;
    }

    public void setLearnedVia(LearnedVia learnedVia) {
        this.learnedVia = learnedVia;
    }

    public boolean isVerified() {
        return verified;
    }

    public void setVerified(boolean verified) {
        this.verified = verified;
    }

    public Long getVerifiedDocumentId() {
        return verifiedDocumentId;
    }

    public void setVerifiedDocumentId(Long verifiedDocumentId) {
        this.verifiedDocumentId = verifiedDocumentId;
    }

    public boolean isDurationConfirmed() {
        return durationConfirmed;
    }

    public void setDurationConfirmed(boolean durationConfirmed) {
        this.durationConfirmed = durationConfirmed;
    }

    public nl.gebiedsteam.caseload.client.Purpose getPurpose() {
        return purpose;
    }

    public void setPurpose(nl.gebiedsteam.caseload.client.Purpose purpose) {
        this.purpose = purpose;
    }

    public nl.gebiedsteam.caseload.client.LegalGround getLegalGround() {
        return legalGround;
    }

    public void setLegalGround(nl.gebiedsteam.caseload.client.LegalGround legalGround) {
        this.legalGround = legalGround;
    }
}
