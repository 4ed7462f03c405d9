package nl.gebiedsteam.caseload.measure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import nl.gebiedsteam.caseload.client.ClientFlags;
import nl.gebiedsteam.caseload.client.FlagKind;
import nl.gebiedsteam.caseload.shared.SettingKey;
import nl.gebiedsteam.caseload.shared.Settings;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.task.TaskKind;
import nl.gebiedsteam.caseload.task.Tasks;

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

    /** The measures of clients still on record; each state's condition comes from {@link MeasureConditions}. */
    private static final String MEASURES = """
            FROM coercion_measure m JOIN client c ON c.id = m.client_id
            WHERE c.voided = FALSE AND
            """;
    /** What a task is opened from: the measure is its source, due on the measure's end date. */
    private static final String TASK_SOURCES = """
            SELECT m.client_id, c.area_team_id,
            c.responsible_worker_id AS owner_worker_id, m.id AS source_id, m.end_date AS due_date
            """ + MEASURES;
    private static final String EXPIRING = MeasureConditions.expiring("?1", "?2");
    private static final String OVERDUE = MeasureConditions.overdue("?1");
    private static final String CLIENTS_EXPIRING = "SELECT m.client_id " + MEASURES + EXPIRING;
    private static final String CLIENTS_OVERDUE = "SELECT m.client_id " + MEASURES + OVERDUE;
    private static final String RESOLVED_FLAG = "geen maatregel meer in deze toestand";
    private static final String DONE_TASK = "maatregel afgehandeld";

    private static final int MAX_ATTEMPTS = 5;

    @Resource
    SessionContext context;

    private MeasureExpiry self;

    @PostConstruct
    void init() {
        self = context.getBusinessObject(MeasureExpiry.class);
    }

    @Inject
    Settings settings;

    @Inject
    Tasks tasks;

    @Inject
    ClientFlags flags;

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
        int expiring = tasks.openForEach(TaskKind.MEASURE_EXPIRING, TASK_SOURCES + EXPIRING, now, today, until);
        int overdue = tasks.openForEach(TaskKind.MEASURE_OVERDUE, TASK_SOURCES + OVERDUE, now, today, until);
        int raised = flags.raiseForEach(FlagKind.MEASURE_EXPIRING, CLIENTS_EXPIRING, now, today, until)
                + flags.raiseForEach(FlagKind.MEASURE_OVERDUE, CLIENTS_OVERDUE, now, today, until);
        int resolved = flags.resolveUnless(FlagKind.MEASURE_EXPIRING, CLIENTS_EXPIRING, RESOLVED_FLAG, now,
                today, until)
                + flags.resolveUnless(FlagKind.MEASURE_OVERDUE, CLIENTS_OVERDUE, RESOLVED_FLAG, now, today, until);
        // an expiring task is done once its measure ended, was extended or voided, or became overdue;
        // an overdue task once its measure ended, was extended or voided
        int closed = tasks.completeUnlessNeeded(TaskKind.MEASURE_EXPIRING, "SELECT m.id " + MEASURES
                + "(" + MeasureConditions.OPEN + ") AND m.end_date >= ?1", DONE_TASK, now, today)
                + tasks.completeUnlessNeeded(TaskKind.MEASURE_OVERDUE, "SELECT m.id " + MEASURES
                        + "(" + MeasureConditions.OPEN + ")", DONE_TASK, now);
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
}
