package nl.gebiedsteam.caseload.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The chain check from the command line, for an operator or auditor without the application
 * (README, "Access log chain"): reads DB_URL, DB_USER and DB_PASSWORD, and the signed checkpoints
 * from the files named as arguments (a checkpoint file, a server log, a syslog export; the key in
 * CASELOAD_CHECKPOINT_KEY). Prints the result with the head's sequence number and hash and the number
 * of checkpoints the chain matched, and exits 0 when everything holds, 1 when it does not. The printed
 * line is the command's answer (a nightly job reads it), not a diagnostic, so it goes to System.out.
 */
public final class AccessLogChainCommand {

    private AccessLogChainCommand() {
    }

    public static void main(String[] args) throws SQLException, IOException {
        List<String> lines = new ArrayList<>();
        for (String file : args) {
            lines.addAll(Files.readAllLines(Path.of(file), StandardCharsets.UTF_8));
        }
        String key = System.getenv("CASELOAD_CHECKPOINT_KEY");
        if (args.length > 0 && key == null) {
            System.out.println("CASELOAD_CHECKPOINT_KEY is not set: the checkpoints cannot be checked");
            System.exit(1);
        }
        ChainCheckpoint.Found found = ChainCheckpoint.find(lines, key == null ? new byte[0]
                : key.getBytes(StandardCharsets.UTF_8));
        String url = System.getenv().getOrDefault("DB_URL", "jdbc:mariadb://127.0.0.1:33306/caseload");
        try (Connection connection = DriverManager.getConnection(url, System.getenv().getOrDefault("DB_USER", "caseload"),
                System.getenv().getOrDefault("DB_PASSWORD", "caseload"))) {
            AccessLogChain.Report report = AccessLogChain.verify(connection, found.checkpoints());
            System.out.println(answer(report, found));
            if (!report.intact() || !found.forged().isEmpty()) {
                System.exit(1);
            }
        }
    }

    /** The line the command prints. */
    static String answer(AccessLogChain.Report report, ChainCheckpoint.Found found) {
        if (!report.intact()) {
            return "access log chain BROKEN at row %d: %s (%d rows before it are intact)".formatted(
                    report.firstBrokenSeq(), report.problem(), report.rowsChecked());
        }
        if (!found.forged().isEmpty()) {
            return "access log chain intact, but %d checkpoint lines are not signed with the key, e.g.: %s".formatted(
                    found.forged().size(), found.forged().get(0));
        }
        return "access log chain intact: %d rows; head %d %s; %d of %d checkpoints matched".formatted(
                report.rowsChecked(), report.rowsChecked(), report.lastHash(), report.checkpointsMatched(),
                found.checkpoints().size());
    }
}
