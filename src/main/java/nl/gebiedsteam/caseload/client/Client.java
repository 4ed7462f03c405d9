package nl.gebiedsteam.caseload.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import nl.gebiedsteam.caseload.shared.VoidableEntity;
import nl.gebiedsteam.caseload.worker.AreaTeam;
import nl.gebiedsteam.caseload.worker.Worker;

/**
 * A person helped by an area team. Never deleted by a user: voided with a reason, and destroyed
 * only through the privacy officer's retention procedure.
 */
@Entity
@Table(name = "client")
@NamedQuery(name = "Client.findByBsn", query = "SELECT c FROM Client c WHERE c.bsn = :bsn")
@NamedQuery(name = "Client.findByNameAndBirth",
        query = "SELECT c FROM Client c WHERE c.voided = FALSE AND LOWER(c.surname) = LOWER(:surname) "
                + "AND LOWER(c.givenNames) = LOWER(:givenNames) AND c.dateOfBirth = :dateOfBirth")
public class Client extends VoidableEntity {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 100)
    @Column(name = "given_names", nullable = false, length = 100)
    private String givenNames;

    @Size(max = 20)
    @Column(name = "surname_prefix", length = 20)
    private String surnamePrefix;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String surname;

    @NotNull
    @Past
    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Gender gender;

    @NotNull
    @Pattern(regexp = "[1-9][0-9]{3} [A-Z]{2}")
    @Column(nullable = false, length = 7)
    private String postcode;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String area;

    @Pattern(regexp = "[0-9]{9}")
    @Column(length = 9, unique = true)
    private String bsn;

    @Pattern(regexp = "[+0-9 ()-]{6,20}")
    @Column(length = 20)
    private String phone;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_team_id", nullable = false)
    private AreaTeam team;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "responsible_worker_id")
    private Worker responsible;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ClientStatus status = ClientStatus.REGISTERED;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Purpose purpose;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_ground", nullable = false, length = 32)
    private LegalGround legalGround;

    /** Set when the file was destroyed after its retention term (RetentionService), never by the entity. */
    @Column(name = "anonymised_at", insertable = false, updatable = false)
    private LocalDateTime anonymisedAt;

    public String getFullName() {
        return ClientName.of(givenNames, surnamePrefix, surname);
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public int ageOn(LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
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

    public AreaTeam getTeam() {
        return team;
    }

    public void setTeam(AreaTeam team) {
        this.team = team;
    }

    public Worker getResponsible() {
        return responsible;
    }

    public void setResponsible(Worker responsible) {
        this.responsible = responsible;
    }

    public ClientStatus getStatus() {
        return status;
    }

    public void setStatus(ClientStatus status) {
        this.status = status;
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

}
