package nl.gebiedsteam.caseload.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.client.ClientScope;
import nl.gebiedsteam.caseload.shared.AccessDeniedException;
import nl.gebiedsteam.caseload.shared.BaseEntity;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.ConcurrentEditException;
import nl.gebiedsteam.caseload.shared.Persistence;
import nl.gebiedsteam.caseload.shared.identity.Caller;
import nl.gebiedsteam.caseload.shared.identity.Role;
import nl.gebiedsteam.caseload.worker.Worker;

/**
 * The team lead sets the caseload norms of their own team (issue 25): a worker's hours per week and
 * the team's points per FTE. The team is always the caller's; a worker of another team is refused and
 * logged. Every role may call in, so that a refusal is written to the access log here rather than
 * stopped unlogged by the container. A version of 0 means "there was no norm yet when I looked".
 */
@Stateless
@RolesAllowed({Role.CASEWORKER_NAME, Role.TEAM_LEAD_NAME, Role.POLICY_OFFICER_NAME, Role.FUNCTIONAL_ADMIN_NAME,
    Role.PRIVACY_OFFICER_NAME})
public class CaseloadNorms {

    static final String OBJECT = "caseload_norm";

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientScope scope;

    @Inject
    AccessLog accessLog;

    /** Sets (or, with null, removes) the hours of a worker of the caller's team. */
    public void setHours(long workerId, long version, BigDecimal hours) {
        Caller lead = scope.requireTeamLead(OBJECT);
        Worker worker = em.find(Worker.class, workerId);
        if (worker == null || worker.getTeam() == null || !Objects.equals(worker.getTeam().getId(), lead.teamId())) {
            accessLog.denied(AccessEvent.UPDATE, null, OBJECT, "hours of a worker outside the team; worker=" + workerId);
            throw new AccessDeniedException();
        }
        if (!Norms.validHours(hours)) {
            throw new CaseloadException("norm.hours.invalid");
        }
        Optional<WorkerNorm> found = em.createNamedQuery("WorkerNorm.findByWorker", WorkerNorm.class)
                .setParameter("workerId", workerId).getResultStream().findFirst();
        WorkerNorm norm = found.orElseGet(() -> new WorkerNorm(workerId));
        BigDecimal from = norm.getHoursPerWeek();
        save(norm, found.isPresent(), version);
        norm.setHoursPerWeek(hours);
        Persistence.flush(em, "error.concurrentEdit.unknown"); // two leads creating the first norm at once
        accessLog.success(AccessEvent.UPDATE, null, OBJECT, "hours; worker=" + worker.getLoginName() + "; from="
                + plain(from) + "; to=" + plain(hours));
    }

    /** Sets the caller's team's weighted points per full-time worker. */
    public void setPointsPerFte(long version, BigDecimal points) {
        Caller lead = scope.requireTeamLead(OBJECT);
        if (!Norms.validPointsPerFte(points)) {
            throw new CaseloadException("norm.points.invalid");
        }
        Optional<TeamNorm> found = em.createNamedQuery("TeamNorm.findByTeam", TeamNorm.class)
                .setParameter("teamId", lead.teamId()).getResultStream().findFirst();
        TeamNorm norm = found.orElseGet(() -> new TeamNorm(lead.teamId(), points));
        BigDecimal from = found.map(TeamNorm::getPointsPerFte).orElse(Norms.DEFAULT_POINTS_PER_FTE);
        save(norm, found.isPresent(), version);
        norm.setPointsPerFte(points);
        Persistence.flush(em, "error.concurrentEdit.unknown");
        accessLog.success(AccessEvent.UPDATE, null, OBJECT, "points per fte; team=" + lead.teamId() + "; from="
                + plain(from) + "; to=" + plain(points));
    }

    /** Checks the version the user saw: 0 for "none yet", which someone else may have created since. */
    private void save(BaseEntity norm, boolean exists, long version) {
        if (exists) {
            norm.checkVersion(version);
        } else if (version != 0) {
            throw new ConcurrentEditException(null, null);
        } else {
            em.persist(norm);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }
}
