package nl.gebiedsteam.caseload.client;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the registration and edit pages hold: plain values plus the version that was read, so a
 * refused save keeps every field the user typed and the service can tell whether someone else
 * saved in between.
 */
public class ClientForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String givenNames;
    private String surnamePrefix;
    private String surname;
    private LocalDate dateOfBirth;
    private Gender gender;
    private String postcode;
    private String area;
    private String bsn;
    private String phone;
    private Long teamId;
    private Long responsibleId;
    /** Why the team lead gives the client another responsible caseworker (only when it changes). */
    private String reassignReason;
    private String handover;
    private Purpose purpose;
    private LegalGround legalGround;

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public void setGivenNames(String givenNames) {
        this.givenNames = givenNames;
    }

    public String getSurnamePrefix() {
        return surnamePrefix;
    }

    public void setSurnamePrefix(String surnamePrefix) {
        this.surnamePrefix = surnamePrefix;
    }

    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        this.surname = surname;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getBsn() {
        return bsn;
    }

    public void setBsn(String bsn) {
        this.bsn = bsn;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public Long getResponsibleId() {
        return responsibleId;
    }

    public void setResponsibleId(Long responsibleId) {
        this.responsibleId = responsibleId;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public void setPurpose(Purpose purpose) {
        this.purpose = purpose;
    }

    public LegalGround getLegalGround() {
        return legalGround;
    }

    public void setLegalGround(LegalGround legalGround) {
        this.legalGround = legalGround;
    }

    public String getReassignReason() {
        return reassignReason;
    }

    public void setReassignReason(String reassignReason) {
        this.reassignReason = reassignReason;
    }

    /** For the new caseworker when the responsible one changes: what they must know, what is pending. */
    public String getHandover() {
        return handover;
    }

    public void setHandover(String handover) {
        this.handover = handover;
    }
}
