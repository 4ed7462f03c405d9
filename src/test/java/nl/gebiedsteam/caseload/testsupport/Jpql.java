package nl.gebiedsteam.caseload.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Runs a JPQL query in the container, for tests that check what the application's own queries would read. */
@ApplicationScoped
public class Jpql {

    @PersistenceContext
    EntityManager em;

    public <T> List<T> list(String jpql, Class<T> type) {
        return em.createQuery(jpql, type).getResultList();
    }
}
