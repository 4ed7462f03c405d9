package nl.gebiedsteam.caseload.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The chain check from the command line, for an operator or auditor without the application
 * (README, "Access log chain"): reads DB_URL, DB_USER and DB_PASSWORD, prints the result with the
 * head's sequence number and hash, and exits 0 when the chain holds, 1 when it does not. The printed line on standard output is the command's
 * answer (a nightly job reads it), not a diagnostic, so it goes to System.out and not to a logger.
 */
public final class AccessLogChainCommand {

    private AccessLogChainCommand() {
    }

    public static void main(String[] args) throws SQLException {
        String url = System.getenv().getOrDefault("DB_URL", "jdbc:mariadb://127.0.0.1:33306/caseload");
        try (Connection connection = DriverManager.getConnection(url, System.getenv().getOrDefault("DB_USER", "caseload"),
                System.getenv().getOrDefault("DB_PASSWORD", "caseload"))) {
            AccessLogChain.Report report = AccessLogChain.verify(connection);
            if (report.intact()) {
                System.out.printf("access log chain intact: %d rows; head %d %s%n", report.rowsChecked(),
                        report.rowsChecked(), report.lastHash());
                return;
            }
            System.out.printf("access log chain BROKEN at row %d: %s (%d rows before it are intact)%n",
                    report.firstBrokenSeq(), report.problem(), report.rowsChecked());
            System.exit(1);
        }
    }
}
