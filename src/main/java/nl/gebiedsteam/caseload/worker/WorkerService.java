package nl.gebiedsteam.caseload.worker;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.security.Caller;
import nl.gebiedsteam.caseload.security.CurrentCaller;
import nl.gebiedsteam.caseload.security.PasswordHasher;
import nl.gebiedsteam.caseload.security.Role;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.ConcurrentEditException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.Option;
import nl.gebiedsteam.caseload.shared.Times;

/**
 * The functional administrator's work: workers, their roles and team, and area teams. Nothing here
 * reads client data. Changes are written to the access log with object "worker" or "team".
 */
@Stateless
@RolesAllowed(Role.FUNCTIONAL_ADMIN_NAME)
public class WorkerService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AccessLog accessLog;

    public List<WorkerRow> workers() {
        var now = Times.nowUtc();
        return em.createNamedQuery("Worker.findAll", Worker.class).getResultStream()
                .map(w -> new WorkerRow(w.getId(), w.getLoginName(), w.getDisplayName(),
                        w.getTeam() == null ? null : w.getTeam().getName(), w.getRoles(), w.isActive(),
                        w.isLockedAt(now), w.getLastLoginAt()))
                .toList();
    }

    public WorkerForm loadWorker(long id) {
        Worker w = find(id);
        WorkerForm form = new WorkerForm();
        form.setId(w.getId());
        form.setVersion(w.getVersion());
        form.setLoginName(w.getLoginName());
        form.setDisplayName(w.getDisplayName());
        form.setTeamId(w.getTeam() == null ? null : w.getTeam().getId());
        form.setRoles(w.getRoles());
        form.setActive(w.isActive());
        return form;
    }

    /** Creates a worker with a one-time password that must be changed at the first login. */
    public long createWorker(WorkerForm form, char[] initialPassword) {
        String login = form.getLoginName() == null ? "" : form.getLoginName().strip().toLowerCase(Locale.ROOT);
        if (!em.createNamedQuery("Worker.findByLogin", Worker.class).setParameter("login", login)
                .getResultList().isEmpty()) {
            throw new CaseloadException("worker.loginName.taken");
        }
        requireStrong(initialPassword);
        Worker worker = new Worker();
        worker.setLoginName(login);
        worker.setPasswordHash(PasswordHasher.hash(initialPassword));
        worker.setPasswordMustChange(true);
        apply(form, worker);
        em.persist(worker);
        em.flush();
        accessLog.success(AccessEvent.CREATE, null, "worker", "worker=" + worker.getId() + "; roles=" + worker.getRoles());
        return worker.getId();
    }

    public void updateWorker(WorkerForm form) {
        Worker worker = find(form.getId());
        if (worker.getVersion() != form.getVersion()) {
            throw new ConcurrentEditException(worker.getModifiedBy(), worker.getModifiedAt());
        }
        Caller caller = currentCaller.require();
        boolean losesAdmin = worker.hasRole(Role.FUNCTIONAL_ADMIN)
                && (!form.isActive() || !form.getRoles().contains(Role.FUNCTIONAL_ADMIN));
        if (losesAdmin && (worker.getId() == caller.workerId() || activeAdmins() <= 1)) {
            throw new CaseloadException("worker.lastAdmin");
        }
        apply(form, worker);
        em.flush();
        accessLog.success(AccessEvent.UPDATE, null, "worker", "worker=" + worker.getId() + "; roles="
                + worker.getRoles() + "; active=" + worker.isActive());
    }

    public void unlock(long id) {
        Worker worker = find(id);
        worker.setFailedLoginCount(0);
        worker.setLockedUntil(null);
        accessLog.success(AccessEvent.UPDATE, null, "worker", "unlock worker=" + id);
    }

    /** Sets a one-time password (told to the worker out of band) and unlocks the account. */
    public void resetPassword(long id, char[] newPassword) {
        requireStrong(newPassword);
        Worker worker = find(id);
        worker.setPasswordHash(PasswordHasher.hash(newPassword));
        worker.setPasswordMustChange(true);
        worker.setFailedLoginCount(0);
        worker.setLockedUntil(null);
        accessLog.success(AccessEvent.UPDATE, null, "worker", "password reset worker=" + id);
    }

    public List<AreaTeam> teams() {
        return em.createNamedQuery("AreaTeam.findAll", AreaTeam.class).getResultList();
    }

    public List<Option> activeTeams() {
        return em.createNamedQuery("AreaTeam.findActive", AreaTeam.class).getResultStream()
                .map(t -> new Option(t.getId(), t.getName())).toList();
    }

    public TeamForm loadTeam(long id) {
        AreaTeam team = findTeam(id);
        TeamForm form = new TeamForm();
        form.setId(team.getId());
        form.setVersion(team.getVersion());
        form.setName(team.getName());
        form.setArea(team.getArea());
        form.setActive(team.isActive());
        return form;
    }

    public long saveTeam(TeamForm form) {
        AreaTeam team;
        if (form.isNew()) {
            team = new AreaTeam();
        } else {
            team = findTeam(form.getId());
            if (team.getVersion() != form.getVersion()) {
                throw new ConcurrentEditException(team.getModifiedBy(), team.getModifiedAt());
            }
        }
        String name = form.getName() == null ? "" : form.getName().strip();
        if (em.createNamedQuery("AreaTeam.countByName", Long.class).setParameter("name", name)
                .setParameter("id", form.isNew() ? -1L : form.getId()).getSingleResult() > 0) {
            throw new CaseloadException("team.name.taken");
        }
        team.setName(name);
        team.setArea(form.getArea() == null ? null : form.getArea().strip());
        team.setActive(form.isActive());
        if (form.isNew()) {
            em.persist(team);
        }
        em.flush();
        accessLog.success(form.isNew() ? AccessEvent.CREATE : AccessEvent.UPDATE, null, "team",
                "team=" + team.getId() + "; active=" + team.isActive());
        return team.getId();
    }

    private void apply(WorkerForm form, Worker worker) {
        if (form.getRoles().isEmpty()) {
            throw new CaseloadException("worker.roles.required");
        }
        boolean teamBound = form.getRoles().stream().anyMatch(Role::isTeamBound);
        AreaTeam team = form.getTeamId() == null ? null : findTeam(form.getTeamId());
        if (teamBound && team == null) {
            throw new CaseloadException("worker.team.required");
        }
        worker.setDisplayName(form.getDisplayName() == null ? null : form.getDisplayName().strip());
        worker.setTeam(team);
        worker.setRoles(form.getRoles());
        worker.setActive(form.isActive());
    }

    private long activeAdmins() {
        return em.createNamedQuery("Worker.countActiveAdmins", Long.class).getSingleResult();
    }

    static void requireStrong(char[] password) {
        if (password == null || password.length < PasswordHasher.MIN_PASSWORD_LENGTH) {
            throw new CaseloadException("password.tooShort", PasswordHasher.MIN_PASSWORD_LENGTH);
        }
    }

    private Worker find(Long id) {
        Worker worker = id == null ? null : em.find(Worker.class, id);
        if (worker == null) {
            throw new NotFoundException();
        }
        return worker;
    }

    private AreaTeam findTeam(Long id) {
        AreaTeam team = id == null ? null : em.find(AreaTeam.class, id);
        if (team == null) {
            throw new NotFoundException();
        }
        return team;
    }
}
