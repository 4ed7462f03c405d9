package nl.gebiedsteam.caseload.pathway;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.client.Client;
import nl.gebiedsteam.caseload.client.ClientScope;
import nl.gebiedsteam.caseload.client.ClientStatus;
import nl.gebiedsteam.caseload.security.CurrentCaller;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.Caller;

/**
 * Loads a pathway through its client's need-to-know gate, writes its history, and keeps the
 * client's derived status in step. Shared by the pathway, intake and plan services; a plain CDI
 * bean (not an EJB) so its helpers can stay package-private and run in the caller's transaction.
 */
@Dependent
class PathwayGuard {

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientScope scope;

    @Inject
    CurrentCaller currentCaller;

    /** A pathway whose client the caller may access; the refusal is logged under {@code objectType}. */
    Pathway require(Long pathwayId, AccessEvent event, String objectType) {
        scope.requireClientWorker(objectType);
        Pathway pathway = pathwayId == null ? null : em.find(Pathway.class, pathwayId);
        if (pathway == null || pathway.isVoided()) {
            throw new NotFoundException();
        }
        scope.require(pathway.getClient().getId(), event, objectType);
        return pathway;
    }

    void record(Pathway pathway, TransitionKind kind, PathwayStatus from, PathwayStatus to, String comment) {
        Caller caller = currentCaller.require();
        em.persist(new PathwayTransition(pathway.getId(), kind, from, to, Times.nowUtc(), caller.workerId(),
                caller.loginName(), comment));
    }

    /** Moves a pathway along the workflow and writes the transition. */
    void move(Pathway pathway, PathwayStatus to, String comment) {
        PathwayStatus from = pathway.getStatus();
        PathwayWorkflow.check(from, to);
        pathway.setStatus(to);
        record(pathway, TransitionKind.TRANSITION, from, to, comment);
        syncClientStatus(pathway.getClient());
    }

    /** The client's status follows its newest pathway (DOMAIN.md: client status is derived). */
    void syncClientStatus(Client client) {
        List<Pathway> pathways = em.createNamedQuery("Pathway.findByClient", Pathway.class)
                .setParameter("clientId", client.getId()).getResultList();
        ClientStatus status = ClientStatus.REGISTERED;
        for (Pathway p : pathways) {
            if (p.getStatus() == PathwayStatus.AFTERCARE) {
                status = ClientStatus.AFTERCARE;
                break;
            }
            if (p.getStatus().isOpen()) {
                status = ClientStatus.ACTIVE;
                break;
            }
            status = ClientStatus.CLOSED;
        }
        scope.updateStatus(client.getId(), status);
    }
}
