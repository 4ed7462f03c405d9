package nl.gebiedsteam.caseload.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.shared.identity.Role;

/**
 * The privacy officer's check of the access log's hash chain against the signed checkpoints in the
 * checkpoint file; the check itself is logged, and an intact chain gets a new checkpoint.
 */
@Stateless
@RolesAllowed(Role.PRIVACY_OFFICER_NAME)
public class AccessLogChainService {

    @Resource(lookup = "java:app/jdbc/caseload")
    DataSource dataSource;

    @Inject
    AccessLog accessLog;

    @Inject
    ChainCheckpoints checkpoints;

    /** Reads the whole log outside a transaction (it may be long); the log line has its own. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AccessLogChain.Report verify() {
        ChainCheckpoint.Found recorded = checkpoints.recorded();
        AccessLogChain.Report report;
        try (Connection connection = dataSource.getConnection()) {
            report = AccessLogChain.verify(connection, recorded.checkpoints());
            if (report.intact() && !recorded.forged().isEmpty()) {
                report = new AccessLogChain.Report(report.rowsChecked(), null, recorded.forged().size()
                        + " lines of the checkpoint file are not signed with the checkpoint key", report.lastHash(),
                        report.checkpointsMatched());
            }
            accessLog.success(AccessEvent.LOG_READ, null, "access log chain", report.intact()
                    ? "chain verified: intact, rows=" + report.rowsChecked() + ", checkpoints=" + report.checkpointsMatched()
                    : "chain verified: BROKEN at row " + report.firstBrokenSeq() + " (" + report.problem() + ")");
            if (report.intact()) {
                checkpoints.take(connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("access log chain could not be read", e);
        }
        return report;
    }
}
