package nl.gebiedsteam.caseload.measure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.gebiedsteam.caseload.shared.JobLease;
import nl.gebiedsteam.caseload.shared.Times;

/**
 * Runs the measure expiry pass every night, and once shortly after start-up so a node that was
 * down at night catches up. Whichever node takes the database lease runs it; the pass itself is
 * idempotent, so even a lease that expired mid-run does no harm.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class MeasureExpiryJob {

    static final String JOB = "measure-expiry";
    private static final Logger LOG = Logger.getLogger(MeasureExpiryJob.class.getName());
    private static final long STARTUP_DELAY_MILLIS = 15_000;
    private static final Duration LEASE = Duration.ofMinutes(10);

    @Resource
    TimerService timers;

    @Inject
    JobLease lease;

    @Inject
    MeasureExpiry expiry;

    private final String holder = ManagementFactory.getRuntimeMXBean().getName();

    @PostConstruct
    void scheduleCatchUp() {
        timers.createSingleActionTimer(STARTUP_DELAY_MILLIS, new TimerConfig(null, false));
    }

    @Timeout
    void catchUp() {
        runDaily();
    }

    @Schedule(hour = "2", minute = "15", persistent = false)
    void nightly() {
        runDaily();
    }

    /** The daily run: at most once per day across the cluster. */
    public Optional<MeasureExpiry.Result> runDaily() {
        return run(true);
    }

    /** A run outside the schedule (after a change of the window setting, or in a test); still one node at a time. */
    public Optional<MeasureExpiry.Result> runNow() {
        return run(false);
    }

    private Optional<MeasureExpiry.Result> run(boolean oncePerDay) {
        LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);
        if (!lease.acquire(JOB, holder, today, LEASE, oncePerDay)) {
            LOG.fine(() -> "measure expiry: another node holds the lease or today's run is done");
            return Optional.empty();
        }
        try {
            return Optional.of(expiry.run(today));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "measure expiry pass failed; it runs again at the next schedule", e);
            return Optional.empty();
        } finally {
            lease.release(JOB, holder);
        }
    }
}
