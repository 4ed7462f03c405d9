package nl.gebiedsteam.caseload.pathway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.gebiedsteam.caseload.client.ClientReassigned;
import nl.gebiedsteam.caseload.worker.Worker;

/** The open pathway follows its client to the new caseworker, in the reassignment's transaction. */
@ApplicationScoped
public class PathwayReassignment {

    @PersistenceContext
    EntityManager em;

    void onReassigned(@Observes ClientReassigned event) {
        em.createNamedQuery("Pathway.reassignOpen")
                .setParameter("to", em.getReference(Worker.class, event.toWorkerId()))
                .setParameter("client", event.clientId())
                .executeUpdate();
    }
}
