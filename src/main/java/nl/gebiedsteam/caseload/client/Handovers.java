package nl.gebiedsteam.caseload.client;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.security.CurrentCaller;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.Caller;
import nl.gebiedsteam.caseload.shared.identity.Role;
import nl.gebiedsteam.caseload.worker.Worker;

/**
 * The handover that comes with a reassignment: the new caseworker reads it at the top of the file
 * until they mark it read. Only the caseworker a client was handed to sees it there.
 */
@Stateless
@RolesAllowed({Role.CASEWORKER_NAME, Role.TEAM_LEAD_NAME})
public class Handovers {

    static final String OBJECT = "assignment";

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientScope scope;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AccessLog accessLog;

    /** A handover waiting for the caller on this client's file: the latest assignment to them, not yet read. */
    public Optional<HandoverView> unread(long clientId) {
        scope.require(clientId, AccessEvent.READ, OBJECT);
        Caller caller = currentCaller.require();
        return em.createQuery("""
                SELECT a FROM Assignment a WHERE a.clientId = :clientId AND a.toWorkerId = :me
                AND a.handover IS NOT NULL AND a.handoverReadAt IS NULL ORDER BY a.assignedAt DESC, a.id DESC""",
                Assignment.class).setParameter("clientId", clientId).setParameter("me", caller.workerId())
                .setMaxResults(1).getResultStream().findFirst().map(this::view);
    }

    /** Marks the caller's own handover read; anyone else's is not found. */
    public void markRead(long assignmentId) {
        Assignment assignment = em.find(Assignment.class, assignmentId);
        Caller caller = currentCaller.require();
        if (assignment == null || assignment.getToWorkerId() != caller.workerId()) {
            throw new NotFoundException();
        }
        scope.require(assignment.getClientId(), AccessEvent.UPDATE, OBJECT);
        if (assignment.getHandoverReadAt() == null) {
            assignment.markHandoverRead(Times.nowUtc());
            accessLog.success(AccessEvent.UPDATE, assignment.getClientId(), OBJECT, "handover " + assignmentId + " read");
        }
    }

    private HandoverView view(Assignment a) {
        Worker from = a.getFromWorkerId() == null ? null : em.find(Worker.class, a.getFromWorkerId());
        return new HandoverView(a.getId(), from == null ? null : from.getDisplayName(), a.getAssignedBy(),
                a.getAssignedAt(), a.getReason(), a.getHandover());
    }
}
