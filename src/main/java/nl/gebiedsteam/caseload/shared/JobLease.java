package nl.gebiedsteam.caseload.shared;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A lease in the database for scheduled jobs. Payara Micro timers fire on every node of a
 * cluster; the node whose single UPDATE moves the lease forward runs the job, the others skip.
 * The UPDATE is atomic in MariaDB, so two nodes (or two threads) can never both win.
 */
@Stateless
public class JobLease {

    @PersistenceContext
    EntityManager em;

    /**
     * Takes the lease for {@code duration} when it is free and, if {@code oncePerDay}, the job has
     * not yet run on {@code day}. Commits at once so other nodes see it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean acquire(String job, String holder, LocalDate day, Duration duration, boolean oncePerDay) {
        LocalDateTime now = Times.nowUtc();
        int taken = em.createNativeQuery("""
                UPDATE job_lease SET holder = ?1, lease_until = ?2, last_run_on = ?3
                WHERE name = ?4 AND lease_until < ?5"""
                + (oncePerDay ? " AND (last_run_on IS NULL OR last_run_on < ?3)" : ""))
                .setParameter(1, holder).setParameter(2, now.plus(duration)).setParameter(3, day)
                .setParameter(4, job).setParameter(5, now).executeUpdate();
        return taken == 1;
    }

    /** Gives the lease back early once the job is done, so a manual run later that day is possible. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(String job, String holder) {
        em.createNativeQuery("UPDATE job_lease SET lease_until = ?1 WHERE name = ?2 AND holder = ?3")
                .setParameter(1, Times.nowUtc().minusSeconds(1)).setParameter(2, job).setParameter(3, holder)
                .executeUpdate();
    }
}
