package nl.gebiedsteam.caseload.worker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.gebiedsteam.caseload.shared.BaseEntity;

/** A gebiedsteam: the unit of need-to-know. Retired (inactive), never deleted. */
@Entity
@Table(name = "area_team")
@NamedQuery(name = "AreaTeam.findAll", query = "SELECT t FROM AreaTeam t ORDER BY t.name")
@NamedQuery(name = "AreaTeam.findActive", query = "SELECT t FROM AreaTeam t WHERE t.active = TRUE ORDER BY t.name")
@NamedQuery(name = "AreaTeam.countByName", query = "SELECT COUNT(t) FROM AreaTeam t WHERE LOWER(t.name) = LOWER(:name) AND t.id <> :id")
public class AreaTeam extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String name;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String area;

    @Column(nullable = false)
    private boolean active = true;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
