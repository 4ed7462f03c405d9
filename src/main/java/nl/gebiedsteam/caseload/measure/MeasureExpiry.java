package nl.gebiedsteam.caseload.measure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import nl.gebiedsteam.caseload.shared.SettingKey;
import nl.gebiedsteam.caseload.shared.Settings;
import nl.gebiedsteam.caseload.shared.Times;

/**
 * The daily expiry pass over the register, as a few set-based statements. It is idempotent: tasks
 * have a unique (kind, source) key and open flags a unique (client, kind) key, so INSERT IGNORE
 * adds only what is missing — running it twice, or on two nodes at once, changes nothing more.
 * A measure counts as expiring when it ends today or within the window, and as overdue when its
 * end date has passed without an outcome or an extension (the same rule as
 * {@link MeasureRules#expiryStatus}).
 */
@Stateless
@PermitAll
public class MeasureExpiry {

    private static final Logger LOG = Logger.getLogger(MeasureExpiry.class.getName());

    /** Measures still in force: not voided, no outcome, not extended, client not voided. */
    private static final String UNRESOLVED = "FROM coercion_measure m JOIN client c ON c.id = m.client_id "
            + "WHERE m.voided = FALSE AND c.voided = FALSE AND m.outcome IS NULL "
            + "AND NOT EXISTS (SELECT 1 FROM coercion_measure e WHERE e.extends_measure_id = m.id AND e.voided = FALSE) ";
    private static final String EXPIRING = "AND m.end_date >= ?1 AND m.end_date <= ?2 ";
    private static final String OVERDUE = "AND m.end_date < ?1 ";

    private static final int MAX_ATTEMPTS = 5;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    private MeasureExpiry self;

    @PostConstruct
    void init() {
        self = context.getBusinessObject(MeasureExpiry.class);
    }

    @Inject
    Settings settings;

    /** Result of one pass, for the log and for tests. */
    public record Result(int expiringTasks, int overdueTasks, int flagsRaised, int flagsResolved, int tasksClosed) {
    }

    /**
     * Runs the pass in a transaction of its own. Two passes at the same moment (a lease that ran
     * out, a manual run) can deadlock on the unique keys' gap locks; InnoDB then rolls one back,
     * and because the pass is idempotent it is simply run again.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Result run(LocalDate today) {
        for (int attempt = 1;; attempt++) {
            try {
                return self.pass(today);
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || !isDeadlock(e)) {
                    throw e;
                }
                int tried = attempt;
                LOG.info(() -> "measure expiry pass hit a deadlock, attempt " + tried + "; retrying");
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Result pass(LocalDate today) {
        LocalDate until = today.plusDays(settings.get(SettingKey.MEASURE_EXPIRY_WINDOW_DAYS));
        LocalDateTime now = Times.nowUtc();
        int expiring = insertTasks("MEASURE_EXPIRING", EXPIRING, today, until, now);
        int overdue = insertTasks("MEASURE_OVERDUE", OVERDUE, today, until, now);
        int raised = raiseFlags("MEASURE_EXPIRING", EXPIRING, today, until, now)
                + raiseFlags("MEASURE_OVERDUE", OVERDUE, today, until, now);
        int resolved = resolveFlags("MEASURE_EXPIRING", EXPIRING, today, until, now)
                + resolveFlags("MEASURE_OVERDUE", OVERDUE, today, until, now);
        // an expiring task whose measure was ended, extended or voided is done; so is one that became overdue
        int closed = em.createNativeQuery("UPDATE task t SET t.status = 'DONE', t.done_at = ?1, t.done_by = 'system', "
                + "t.done_note = 'maatregel afgehandeld', t.version = t.version + 1, t.modified_at = ?1, "
                + "t.modified_by = 'system' WHERE t.status = 'OPEN' AND t.kind IN ('MEASURE_EXPIRING', 'MEASURE_OVERDUE') "
                + "AND NOT EXISTS (SELECT 1 " + UNRESOLVED + "AND m.id = t.source_id AND (t.kind = 'MEASURE_OVERDUE' "
                + "OR m.end_date >= ?2))")
                .setParameter(1, now).setParameter(2, today).executeUpdate();
        Result result = new Result(expiring, overdue, raised, resolved, closed);
        LOG.info(() -> "measure expiry pass for " + today + ": " + result);
        return result;
    }

    private static boolean isDeadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransactionRollbackException
                    || (t instanceof SQLException sql && "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private int insertTasks(String kind, String condition, LocalDate today, LocalDate until, LocalDateTime now) {
        return em.createNativeQuery("INSERT IGNORE INTO task (client_id, area_team_id, owner_worker_id, kind, source_id, "
                + "due_date, restricted, status, version, created_at, created_by, modified_at, modified_by) "
                + "SELECT m.client_id, c.area_team_id, c.responsible_worker_id, '" + kind + "', m.id, m.end_date, TRUE, "
                + "'OPEN', 1, ?3, 'system', ?3, 'system' " + UNRESOLVED + condition)
                .setParameter(1, today).setParameter(2, until).setParameter(3, now).executeUpdate();
    }

    private int raiseFlags(String kind, String condition, LocalDate today, LocalDate until, LocalDateTime now) {
        return em.createNativeQuery("INSERT IGNORE INTO client_flag (client_id, kind, raised_at, detail, version, "
                + "created_at, created_by, modified_at, modified_by) SELECT DISTINCT m.client_id, '" + kind + "', ?3, "
                + "NULL, 1, ?3, 'system', ?3, 'system' " + UNRESOLVED + condition)
                .setParameter(1, today).setParameter(2, until).setParameter(3, now).executeUpdate();
    }

    private int resolveFlags(String kind, String condition, LocalDate today, LocalDate until, LocalDateTime now) {
        return em.createNativeQuery("UPDATE client_flag f SET f.resolved_at = ?3, f.resolved_by = 'system', "
                + "f.resolution = 'geen maatregel meer in deze toestand', f.version = f.version + 1, f.modified_at = ?3, "
                + "f.modified_by = 'system' WHERE f.kind = '" + kind + "' AND f.resolved_at IS NULL "
                + "AND NOT EXISTS (SELECT 1 " + UNRESOLVED + condition + "AND m.client_id = f.client_id)")
                .setParameter(1, today).setParameter(2, until).setParameter(3, now).executeUpdate();
    }
}
