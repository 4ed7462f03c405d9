package nl.gebiedsteam.caseload.client;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.shared.AccessDeniedException;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.Persistence;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.Caller;
import nl.gebiedsteam.caseload.shared.identity.Role;
import nl.gebiedsteam.caseload.worker.Worker;

/**
 * The one way a client gets another responsible caseworker, from the team overview (many at once)
 * and from the client's edit page (one). It writes the client's rows and the assignment record and
 * announces {@link ClientReassigned}; the pathway and task features move their own rows.
 */
@Stateless
@RolesAllowed(Role.TEAM_LEAD_NAME)
public class Reassignment {

    static final String OBJECT = "assignment";
    static final int REASON_MIN = 5;
    static final int HANDOVER_MIN = 10;
    static final int HANDOVER_MAX = 4000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientScope scope;

    @Inject
    AccessLog accessLog;

    @Inject
    Event<ClientReassigned> reassigned;

    /**
     * Moves clients of the caller's team to another caseworker of the team, with a reason and a
     * handover for the new caseworker (what they must know, what is pending). All or nothing: one
     * client of another team (a tampered request) refuses the whole request and is logged. Returns
     * how many clients changed hands.
     */
    public int reassign(List<Long> clientIds, long toWorkerId, String reason, String handover) {
        Caller lead = scope.requireTeamLead(OBJECT);
        if (reason == null || reason.strip().length() < REASON_MIN) {
            throw new CaseloadException("reassign.reason.required");
        }
        String handoverText = handover == null ? "" : handover.strip();
        if (handoverText.length() < HANDOVER_MIN) {
            throw new CaseloadException("reassign.handover.required", HANDOVER_MIN);
        }
        if (handoverText.length() > HANDOVER_MAX) {
            throw new CaseloadException("reassign.handover.tooLong", HANDOVER_MAX);
        }
        if (clientIds == null || clientIds.isEmpty()) {
            throw new CaseloadException("reassign.none");
        }
        Worker to = em.find(Worker.class, toWorkerId);
        if (to == null || !to.isActive() || to.getTeam() == null || !Objects.equals(to.getTeam().getId(), lead.teamId())
                || !(to.hasRole(Role.CASEWORKER) || to.hasRole(Role.TEAM_LEAD))) {
            throw new CaseloadException("reassign.target.invalid");
        }
        List<Client> clients = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(clientIds)) {
            Client client = id == null ? null : em.find(Client.class, id);
            if (client == null || client.isVoided()) {
                throw new NotFoundException();
            }
            clients.add(client);
        }
        List<Client> foreign = clients.stream().filter(c -> !c.getTeam().getId().equals(lead.teamId())).toList();
        if (!foreign.isEmpty()) {
            foreign.forEach(c -> accessLog.denied(AccessEvent.UPDATE, c.getId(), OBJECT,
                    "bulk reassignment of a client of another team"));
            throw new AccessDeniedException();
        }
        int moved = 0;
        for (Client client : clients) {
            Worker from = client.getResponsible();
            if (from != null && from.getId().equals(to.getId())) {
                continue;
            }
            client.setResponsible(to);
            reassigned.fire(new ClientReassigned(client.getId(), from == null ? null : from.getId(), to.getId()));
            em.persist(new Assignment(client.getId(), lead.teamId(), from == null ? null : from.getId(), to.getId(),
                    reason.strip(), handoverText, Times.nowUtc(), lead.loginName()));
            // the reason is free text, kept with the assignment; the log, which is never changed, holds none
            accessLog.success(AccessEvent.UPDATE, client.getId(), OBJECT, "from=" + (from == null ? "-"
                    : from.getLoginName()) + "; to=" + to.getLoginName());
            moved++;
        }
        Persistence.flush(em);
        return moved;
    }
}
