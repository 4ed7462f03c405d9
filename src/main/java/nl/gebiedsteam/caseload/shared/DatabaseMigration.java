package nl.gebiedsteam.caseload.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else touches the database. Flyway commits its
 * own work, hence bean-managed transactions. Demo data is a second, separately versioned set of
 * scripts with its own history table, applied only when {@code caseload.demo=true}, so a
 * production database never receives a synthetic person.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "caseload.demo", defaultValue = "false")
    boolean demo;

    @PostConstruct
    void migrate() {
        ClassLoader loader = getClass().getClassLoader();
        int applied = Flyway.configure(loader)
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate()
                .migrationsExecuted;
        LOG.info(() -> "Schema migrations applied: " + applied);
        if (demo) {
            int seeded = Flyway.configure(loader)
                    .dataSource(dataSource)
                    .locations("classpath:db/seeds")
                    .table("flyway_seed_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate()
                    .migrationsExecuted;
            LOG.warning(() -> "DEMO MODE: synthetic demo data loaded (" + seeded
                    + " scripts). Not for real clients.");
        }
    }
}
