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

/** The privacy officer's check of the access log's hash chain; the check itself is logged. */
@Stateless
@RolesAllowed(Role.PRIVACY_OFFICER_NAME)
public class AccessLogChainService {

    @Resource(lookup = "java:app/jdbc/caseload")
    DataSource dataSource;

    @Inject
    AccessLog accessLog;

    /** Reads the whole log outside a transaction (it may be long); the log line has its own. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AccessLogChain.Report verify() {
        AccessLogChain.Report report;
        try (Connection connection = dataSource.getConnection()) {
            report = AccessLogChain.verify(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("access log chain could not be read", e);
        }
        accessLog.success(AccessEvent.LOG_READ, null, "access log chain", report.intact()
                ? "chain verified: intact, rows=" + report.rowsChecked()
                : "chain verified: BROKEN at row " + report.firstBrokenSeq() + " (" + report.problem() + ")");
        return report;
    }
}
