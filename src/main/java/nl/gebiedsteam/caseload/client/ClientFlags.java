package nl.gebiedsteam.caseload.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import nl.gebiedsteam.caseload.shared.Persistence;

/**
 * How other features raise and resolve flags on a client: the client feature writes its own table,
 * in the caller's transaction. Callers have checked access already; a worker resolves a flag
 * through {@link ClientService#resolveFlag}.
 *
 * <p>The set-based methods take a query of the caller's with its parameters numbered from
 * {@code ?1}; the flag statement adds its own after them.
 */
@ApplicationScoped
public class ClientFlags {

    static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    public boolean isOpen(long clientId, FlagKind kind) {
        return !em.createNamedQuery("ClientFlag.findOpenByClientAndKind", ClientFlag.class)
                .setParameter("clientId", clientId).setParameter("kind", kind).getResultList().isEmpty();
    }

    /**
     * Raises a flag; a parallel raise of the same open flag is stopped by the open-flag unique key
     * and reported as a concurrent edit.
     */
    public void raise(long clientId, FlagKind kind, LocalDateTime at, String detail) {
        em.persist(new ClientFlag(clientId, kind, at, detail));
        Persistence.flush(em, "error.concurrentEdit");
    }

    /**
     * Raises, as the system, a flag of {@code kind} on each client {@code clients} selects (column
     * {@code client_id}) that has no such open flag. Returns how many were raised.
     */
    public int raiseForEach(FlagKind kind, String clients, LocalDateTime now, Object... parameters) {
        int at = parameters.length + 1;
        return Persistence.bind(em.createNativeQuery("""
                INSERT IGNORE INTO client_flag (client_id, kind, raised_at, detail, version,
                    created_at, created_by, modified_at, modified_by)
                SELECT DISTINCT s.client_id, '%s', ?%d, NULL, 1, ?%d, '%s', ?%d, '%s'
                FROM (%s) s""".formatted(kind.name(), at, at, SYSTEM, at, SYSTEM, clients)), parameters, now)
                .executeUpdate();
    }

    /**
     * Resolves, as the system and with {@code resolution}, every open flag of {@code kind} on a
     * client that {@code stillFlagged} (a selection of client ids) no longer names.
     */
    public int resolveUnless(FlagKind kind, String stillFlagged, String resolution, LocalDateTime now,
            Object... parameters) {
        int at = parameters.length + 1;
        return Persistence.bind(em.createNativeQuery("""
                UPDATE client_flag f SET f.resolved_at = ?%d, f.resolved_by = '%s', f.resolution = ?%d,
                    f.version = f.version + 1, f.modified_at = ?%d, f.modified_by = '%s'
                WHERE f.kind = '%s' AND f.resolved_at IS NULL AND f.client_id NOT IN (%s)"""
                .formatted(at, SYSTEM, at + 1, at, SYSTEM, kind.name(), stillFlagged)), parameters, now, resolution)
                .executeUpdate();
    }
}
