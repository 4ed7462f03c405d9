package nl.gebiedsteam.caseload.task;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.client.Client;
import nl.gebiedsteam.caseload.client.ClientName;
import nl.gebiedsteam.caseload.client.ClientScope;
import nl.gebiedsteam.caseload.shared.AccessDeniedException;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.Persistence;
import nl.gebiedsteam.caseload.shared.Text;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.Caller;
import nl.gebiedsteam.caseload.shared.identity.Role;

/**
 * Open tasks: a caseworker sees the tasks of the clients they are responsible for, a team lead
 * also those of the whole team. Tasks about measures are restricted the same way as the measures.
 */
@Stateless
@RolesAllowed({Role.CASEWORKER_NAME, Role.TEAM_LEAD_NAME})
public class TaskService {

    static final String OBJECT = "task";

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientScope scope;

    @Inject
    AccessLog accessLog;

    /** Open tasks visible to the caller, earliest due first. */
    public List<TaskRow> open(int first, int pageSize) {
        Caller caller = scope.requireClientWorker(OBJECT);
        LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);
        boolean lead = caller.has(Role.TEAM_LEAD);
        TypedQuery<TaskRow> query = em.createQuery("""
                SELECT NEW nl.gebiedsteam.caseload.task.TaskRow(t.id, t.version, t.kind, c.id,
                """ + ClientName.JPQL + """
                , r.displayName, t.dueDate, FALSE) FROM Task t, Client c
                LEFT JOIN c.responsible r WHERE t.clientId = c.id AND c.voided = FALSE
                AND t.status = nl.gebiedsteam.caseload.task.TaskStatus.OPEN AND
                """ + (lead ? "(c.team.id = :team OR r.id = :worker)" : "r.id = :worker")
                + " ORDER BY t.dueDate, t.id", TaskRow.class)
                .setParameter("worker", caller.workerId());
        if (lead) {
            query.setParameter("team", caller.teamId());
        }
        List<TaskRow> rows = query.setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(pageSize, 1), 100)).getResultStream()
                .map(t -> new TaskRow(t.id(), t.version(), t.kind(), t.clientId(), t.clientName(), t.ownerName(),
                        t.dueDate(), t.dueDate().isBefore(today)))
                .toList();
        accessLog.listed(AccessEvent.SEARCH, OBJECT, null, "open tasks; rows=" + rows.size(),
                rows.stream().map(TaskRow::clientId).toList());
        return rows;
    }

    /** Marks a task done with a note; only who may see it may close it. */
    public void complete(long taskId, long version, String note) {
        Task task = em.find(Task.class, taskId);
        if (task == null) {
            throw new NotFoundException();
        }
        Client client = scope.require(task.getClientId(), AccessEvent.UPDATE, OBJECT);
        Caller caller = scope.requireClientWorker(OBJECT);
        if (task.isRestricted() && !ClientScope.mayReadMeasures(caller, client)) {
            accessLog.denied(AccessEvent.UPDATE, client.getId(), OBJECT, "restricted task");
            throw new AccessDeniedException();
        }
        task.checkVersion(version);
        if (task.getStatus() != TaskStatus.OPEN) {
            throw new CaseloadException("task.alreadyDone");
        }
        if (Text.isBlank(note)) {
            throw new CaseloadException("task.note.required");
        }
        task.complete(Times.nowUtc(), caller.loginName(), note.strip());
        Persistence.flush(em);
        accessLog.success(AccessEvent.UPDATE, client.getId(), OBJECT, "done; task=" + taskId);
    }
}
