package nl.gebiedsteam.caseload.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.gebiedsteam.caseload.client.ClientReassigned;

/** A client's open tasks follow the client to the new caseworker, in the reassignment's transaction. */
@ApplicationScoped
public class TaskReassignment {

    @PersistenceContext
    EntityManager em;

    void onReassigned(@Observes ClientReassigned event) {
        em.createNamedQuery("Task.reassignOpen")
                .setParameter("to", event.toWorkerId())
                .setParameter("client", event.clientId())
                .executeUpdate();
    }
}
