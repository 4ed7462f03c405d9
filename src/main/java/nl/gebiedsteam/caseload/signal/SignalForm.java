package nl.gebiedsteam.caseload.signal;

import java.io.Serializable;

/** A signal as entered: about a known client ({@code clientId}) or a not-yet-identified person. */
public class SignalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long teamId;
    private SignalSource source;
    private java.time.LocalDateTime receivedLocal;
    private String reporterName;
    private String reporterOrganisation;
    private String reporterContact;
    private boolean reporterAnonymous;
    private String summary;
    private ConcernLevel concernLevel;
    private nl.gebiedsteam.caseload.client.Purpose purpose;
    private nl.gebiedsteam.caseload.client.LegalGround legalGround;
    private Long clientId;
    private String personName;
    private Integer personApproxAge;
    private String personSchool;
    private String personArea;

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public SignalSource getSource() {
        return source;
    }

    public void setSource(SignalSource source) {
        this.source = source;
    }

    public java.time.LocalDateTime getReceivedLocal() {
        return receivedLocal;
    }

    public void setReceivedLocal(java.time.LocalDateTime receivedLocal) {
        this.receivedLocal = receivedLocal;
    }

    public String getReporterName() {
        return reporterName;
    }

    public void setReporterName(String reporterName) {
        this.reporterName = reporterName;
    }

    public String getReporterOrganisation() {
        return reporterOrganisation;
    }

    public void setReporterOrganisation(String reporterOrganisation) {
        this.reporterOrganisation = reporterOrganisation;
    }

    public String getReporterContact() {
        return reporterContact;
    }

    public void setReporterContact(String reporterContact) {
        this.reporterContact = reporterContact;
    }

    public boolean isReporterAnonymous() {
        return reporterAnonymous;
    }

    public void setReporterAnonymous(boolean reporterAnonymous) {
        this.reporterAnonymous = reporterAnonymous;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public ConcernLevel getConcernLevel() {
        return concernLevel;
    }

    public void setConcernLevel(ConcernLevel concernLevel) {
        this.concernLevel = concernLevel;
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

    public Long getClientId() {
        return clientId;
    }

    public void setClientId(Long clientId) {
        this.clientId = clientId;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public Integer getPersonApproxAge() {
        return personApproxAge;
    }

    public void setPersonApproxAge(Integer personApproxAge) {
        this.personApproxAge = personApproxAge;
    }

    public String getPersonSchool() {
        return personSchool;
    }

    public void setPersonSchool(String personSchool) {
        this.personSchool = personSchool;
    }

    public String getPersonArea() {
        return personArea;
    }

    public void setPersonArea(String personArea) {
        this.personArea = personArea;
    }
}
