package nl.gebiedsteam.caseload.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/**
 * Writes pending changes inside the service, so a lost optimistic-lock race or a unique-key clash
 * becomes a message for the user instead of a failed commit (which would surface wrapped in an
 * EJBException after the service returned).
 */
public final class Persistence {

    private Persistence() {
    }

    public static void flush(EntityManager em) {
        flush(em, null);
    }

    /** @param uniqueViolationKey message key for a unique-key clash, or null to rethrow it */
    public static void flush(EntityManager em, String uniqueViolationKey) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException(null, null); // who won the race is not known here
        } catch (PersistenceException e) {
            if (uniqueViolationKey != null && isUniqueViolation(e)) {
                throw new CaseloadException(uniqueViolationKey);
            }
            throw e;
        }
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException
                    || (t instanceof SQLException sql && "23000".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Binds positional parameters ?1, ?2, … of a native query: first the caller's, then those of
     * the statement that wraps the caller's query text.
     */
    public static Query bind(Query query, Object[] parameters, Object... own) {
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        for (int i = 0; i < own.length; i++) {
            query.setParameter(parameters.length + i + 1, own[i]);
        }
        return query;
    }
}
