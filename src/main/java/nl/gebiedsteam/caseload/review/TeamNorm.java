package nl.gebiedsteam.caseload.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import nl.gebiedsteam.caseload.shared.BaseEntity;

/** A team's weighted points per full-time worker, set by its team lead; without one the default applies. */
@Entity
@Table(name = "team_caseload_norm")
@NamedQuery(name = "TeamNorm.findByTeam", query = "SELECT n FROM TeamNorm n WHERE n.teamId = :teamId")
public class TeamNorm extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "area_team_id", nullable = false, updatable = false)
    private long teamId;

    @Column(name = "points_per_fte", nullable = false, precision = 4, scale = 1)
    private BigDecimal pointsPerFte;

    protected TeamNorm() {
    }

    TeamNorm(long teamId, BigDecimal pointsPerFte) {
        this.teamId = teamId;
        this.pointsPerFte = pointsPerFte;
    }

    public long getTeamId() {
        return teamId;
    }

    public BigDecimal getPointsPerFte() {
        return pointsPerFte;
    }

    void setPointsPerFte(BigDecimal pointsPerFte) {
        this.pointsPerFte = pointsPerFte;
    }
}
