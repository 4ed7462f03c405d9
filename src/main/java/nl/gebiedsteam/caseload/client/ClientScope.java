package nl.gebiedsteam.caseload.client;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.security.AccessRules;
import nl.gebiedsteam.caseload.security.CurrentCaller;
import nl.gebiedsteam.caseload.shared.AccessDeniedException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.OutOfScopeException;
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
