package nl.gebiedsteam.caseload.shared;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The one data source. Its settings come from MicroProfile Config, so DB_URL, DB_USER and
 * DB_PASSWORD in the environment (or -Ddb.url=…) point the application at any MariaDB without a
 * rebuild; the defaults in microprofile-config.properties fit the embedded development database.
 */
@Singleton
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=10000"
        })
public class DataSourceConfiguration {

    public static final String JNDI_NAME = "java:app/jdbc/caseload";
}
