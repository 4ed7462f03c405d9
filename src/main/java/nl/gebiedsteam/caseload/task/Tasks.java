package nl.gebiedsteam.caseload.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import nl.gebiedsteam.caseload.shared.Persistence;

/**
 * How other features open and complete tasks: the task feature writes its own table, in the
 * caller's transaction. Callers have checked access already (a service boundary or a system job);
 * the task list itself is {@link TaskService}.
 *
 * <p>The set-based methods take a query of the caller's (a rule the caller owns, such as "measure
 * expiring") with its parameters numbered from {@code ?1}; the task statement adds its own after them.
 */
@ApplicationScoped
public class Tasks {

    static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    /** Opens one task; there is at most one per kind and source, ever (a unique key). */
    public void open(long clientId, long teamId, Long ownerId, TaskKind kind, long sourceId, LocalDate due,
            boolean restricted) {
        em.persist(new Task(clientId, teamId, ownerId, kind, sourceId, due, restricted));
    }

    /** Completes the open tasks of these kinds about one source, as {@code by}, with a note. */
    public void completeOpen(Collection<TaskKind> kinds, long sourceId, LocalDateTime at, String by, String note) {
        em.createNamedQuery("Task.findOpenBySource", Task.class).setParameter("kinds", kinds)
                .setParameter("sourceId", sourceId).getResultStream()
                .forEach(t -> t.complete(at, by, note));
    }

    /**
     * Opens, as the system, a restricted task of {@code kind} for each row of {@code sources} that
     * has none yet. {@code sources} selects {@code client_id, area_team_id, owner_worker_id,
     * source_id, due_date}. Returns how many were opened.
     */
    public int openForEach(TaskKind kind, String sources, LocalDateTime now, Object... parameters) {
        int at = parameters.length + 1;
        return Persistence.bind(em.createNativeQuery("""
                INSERT IGNORE INTO task (client_id, area_team_id, owner_worker_id, kind, source_id, due_date,
                    restricted, status, version, created_at, created_by, modified_at, modified_by)
                SELECT s.client_id, s.area_team_id, s.owner_worker_id, '%s', s.source_id, s.due_date,
                    TRUE, 'OPEN', 1, ?%d, '%s', ?%d, '%s'
                FROM (%s) s""".formatted(kind.name(), at, SYSTEM, at, SYSTEM, sources)), parameters, now)
                .executeUpdate();
    }

    /**
     * Completes, as the system and with {@code note}, every open task of {@code kind} whose source
     * is not among the ids {@code stillNeeded} selects. Returns how many were completed.
     */
    public int completeUnlessNeeded(TaskKind kind, String stillNeeded, String note, LocalDateTime now,
            Object... parameters) {
        int at = parameters.length + 1;
        return Persistence.bind(em.createNativeQuery("""
                UPDATE task t SET t.status = 'DONE', t.done_at = ?%d, t.done_by = '%s', t.done_note = ?%d,
                    t.version = t.version + 1, t.modified_at = ?%d, t.modified_by = '%s'
                WHERE t.status = 'OPEN' AND t.kind = '%s' AND t.source_id NOT IN (%s)"""
                .formatted(at, SYSTEM, at + 1, at, SYSTEM, kind.name(), stillNeeded)), parameters, now, note)
                .executeUpdate();
    }
}
