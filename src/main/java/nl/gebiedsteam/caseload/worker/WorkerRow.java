package nl.gebiedsteam.caseload.worker;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Set;
import nl.gebiedsteam.caseload.shared.identity.Role;

/** One line of the admin's worker list. */
public record WorkerRow(long id, String loginName, String displayName, String teamName, Set<Role> roles,
        boolean active, boolean locked, LocalDateTime lastLoginAtUtc) implements Serializable {
}
