package nl.gebiedsteam.caseload.client;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.security.AccessRules;
import nl.gebiedsteam.caseload.security.CurrentCaller;
import nl.gebiedsteam.caseload.shared.AccessDeniedException;
import nl.gebiedsteam.caseload.shared.HandedOverException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.OutOfScopeException;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.Caller;
import nl.gebiedsteam.caseload.shared.identity.Role;

/**
 * The one need-to-know gate in front of every part of a client's file. Each feature service
 * (pathway, contacts, plan, substance profile, referrals, signals, timeline) asks here before it
 * reads or writes, so the row-level rule cannot differ between paths; a refusal is logged with
 * the object that was asked for.
 */
@Stateless
public class ClientScope {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AccessLog accessLog;

    /** The caller, who must work with client files (caseworker or team lead with a team). */
    public Caller requireClientWorker(String objectType) {
        Caller caller = currentCaller.require();
        if (!AccessRules.worksWithClients(caller)) {
            accessLog.denied(AccessEvent.ACCESS_DENIED, null, objectType, "role without client access");
            throw new AccessDeniedException();
        }
        return caller;
    }

    /** The caller as the team lead of a team; anyone else is logged and refused. */
    public Caller requireTeamLead(String objectType) {
        Caller caller = currentCaller.require();
        if (caller.teamId() == null || !caller.has(Role.TEAM_LEAD)) {
            accessLog.denied(AccessEvent.ACCESS_DENIED, null, objectType, "team lead with a team required");
            throw new AccessDeniedException();
        }
        return caller;
    }

    /**
     * A client within the caller's scope; outside it the attempt is logged and refused with the
     * same answer as a client that does not exist.
     */
    public Client require(Long clientId, AccessEvent event, String objectType) {
        Caller caller = requireClientWorker(objectType);
        Client client = clientId == null ? null : em.find(Client.class, clientId);
        // a destroyed file is gone for everyone working with files; only its counts remain
        if (client == null || client.isVoided() || client.isAnonymised()) {
            throw new NotFoundException();
        }
        if (!mayAccess(caller, client)) {
            accessLog.denied(event, clientId, objectType, "outside need-to-know scope");
            throw new OutOfScopeException();
        }
        return client;
    }

    /** Refuses and logs when a worker of another team tries to act as team lead for this client. */
    public void requireTeamLeadOf(Caller caller, Client client, AccessEvent event, String objectType) {
        if (!AccessRules.mayApprove(caller, client.getTeam().getId())) {
            accessLog.denied(event, client.getId(), objectType, "team lead of the client's team required");
            throw new AccessDeniedException();
        }
    }

    public static boolean mayAccess(Caller caller, Client client) {
        Long responsible = client.getResponsible() == null ? null : client.getResponsible().getId();
        return AccessRules.mayAccessClient(caller, client.getTeam().getId(), responsible);
    }

    /**
     * Before refusing a part of the file only the responsible caseworker and the team lead may read:
     * to the caseworker who handed this client over, it is an old bookmark, not a breach. They are told
     * when it was handed over and whom to ask, nothing about the client, and nothing is logged.
     */
    public void requireNotHandedOverBy(Caller caller, Client client) {
        if (client.getResponsible() != null && client.getResponsible().getId() == caller.workerId()) {
            return;
        }
        Optional<LocalDateTime> handedOver = em.createQuery("""
                SELECT a.assignedAt FROM Assignment a WHERE a.clientId = :client AND a.fromWorkerId = :me
                ORDER BY a.assignedAt DESC""", LocalDateTime.class).setParameter("client", client.getId())
                .setParameter("me", caller.workerId()).setMaxResults(1).getResultStream().findFirst();
        if (handedOver.isPresent()) {
            @SuppressWarnings("unchecked")
            List<String> leads = em.createNativeQuery("""
                    SELECT w.display_name FROM worker w JOIN worker_role r ON r.worker_id = w.id
                    WHERE w.area_team_id = ?1 AND r.role = 'TEAM_LEAD' AND w.active = TRUE ORDER BY w.id""")
                    .setParameter(1, client.getTeam().getId()).setMaxResults(1).getResultList();
            throw new HandedOverException(Times.toDisplay(handedOver.get()).toLocalDate(),
                    leads.isEmpty() ? null : leads.get(0), client.getTeam().getName());
        }
    }

    /**
     * The refusal of a restricted part of the file (a measure's document, a restricted note) to someone
     * in the client's scope who may not read it: the caseworker who handed the client over gets the
     * handed-over page; anyone else's attempt is logged and answered as for a record that does not exist.
     */
    public OutOfScopeException refuseRestricted(Caller caller, Client client, AccessEvent event, String objectType,
            String detail) {
        requireNotHandedOverBy(caller, client);
        accessLog.denied(event, client.getId(), objectType, detail);
        return new OutOfScopeException();
    }

    /**
     * Restricted journal notes of this client (issue 24): like measures, the responsible caseworker and the
     * team lead of its team.
     */
    public static boolean mayReadRestrictedNotes(Caller caller, Client client) {
        return mayReadMeasures(caller, client);
    }

    /** Measures (justice data) of this client: the assigned caseworker and the team lead of its team. */
    public static boolean mayReadMeasures(Caller caller, Client client) {
        Long responsible = client.getResponsible() == null ? null : client.getResponsible().getId();
        return AccessRules.mayReadMeasures(caller, client.getTeam().getId(), responsible);
    }

    /**
     * Sets the client's status from its pathways without touching the client's version: the
     * status is derived, so it must not make a parallel edit of the person's details fail.
     */
    public void updateStatus(long clientId, ClientStatus status) {
        em.createQuery("UPDATE Client c SET c.status = :status WHERE c.id = :id")
                .setParameter("status", status).setParameter("id", clientId).executeUpdate();
    }
}
