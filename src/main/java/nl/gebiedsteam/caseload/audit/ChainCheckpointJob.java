package nl.gebiedsteam.caseload.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.shared.DataSourceConfiguration;
import nl.gebiedsteam.caseload.shared.JobLease;
import nl.gebiedsteam.caseload.shared.Times;

/**
 * Writes a signed checkpoint of the access log chain every hour, on whichever node takes the
 * database lease; the lease is kept for most of the hour, so the other nodes skip that hour.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class ChainCheckpointJob {

    static final String JOB = "chain-checkpoint";
    private static final Logger LOG = Logger.getLogger(ChainCheckpointJob.class.getName());
    private static final Duration LEASE = Duration.ofMinutes(50);

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    JobLease lease;

    @Inject
    ChainCheckpoints checkpoints;

    private final String holder = ManagementFactory.getRuntimeMXBean().getName();

    @Schedule(hour = "*", minute = "0", persistent = false)
    void hourly() {
        if (!lease.acquire(JOB, holder, LocalDate.now(Times.DISPLAY_ZONE), LEASE, false)) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            checkpoints.take(connection);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.SEVERE, "access log chain checkpoint not written; the next hour tries again", e);
        }
    }
}
