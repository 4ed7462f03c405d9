package nl.gebiedsteam.caseload.pathway;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.gebiedsteam.caseload.shared.BaseEntity;

/** The intake (vraagverheldering) of a pathway: one per pathway, editable with a version check. */
@Entity
@Table(name = "intake")
@NamedQuery(name = "Intake.findByPathway", query = "SELECT i FROM Intake i WHERE i.pathwayId = :pathwayId")
public class Intake extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "pathway_id", nullable = false, updatable = false)
    private long pathwayId;

    @Column(name = "intake_date", nullable = false)
    private LocalDate intakeDate;

    @Column(nullable = false, length = 200)
    private String place;

    @Column(length = 4000)
    private String notes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "intake_domain", joinColumns = @JoinColumn(name = "intake_id"))
    private List<IntakeDomain> domains = new ArrayList<>();

    protected Intake() {
    }

    Intake(long pathwayId) {
        this.pathwayId = pathwayId;
    }

    public long getPathwayId() {
        return pathwayId;
    }

    public LocalDate getIntakeDate() {
        return intakeDate;
    }

    void setIntakeDate(LocalDate intakeDate) {
        this.intakeDate = intakeDate;
    }

    public String getPlace() {
        return place;
    }

    void setPlace(String place) {
        this.place = place;
    }

    public String getNotes() {
        return notes;
    }

    void setNotes(String notes) {
        this.notes = notes;
    }

    public List<IntakeDomain> getDomains() {
        return domains;
    }
}
