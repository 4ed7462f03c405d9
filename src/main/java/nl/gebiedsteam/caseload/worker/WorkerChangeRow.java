package nl.gebiedsteam.caseload.worker;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Set;
import nl.gebiedsteam.caseload.shared.identity.Role;

/**
 * A change waiting for a second administrator, as the admin page lists it. Times are local (display zone). {@code mayDecide}
 * is false for the administrator who asked for it: they can only withdraw it.
 */
public record WorkerChangeRow(long id, WorkerChange.Kind kind, String workerLogin, String workerName, String teamName,
        Set<Role> roles, boolean active, String requestedByName, LocalDateTime requestedAt, boolean mayDecide)
        implements Serializable {
}
