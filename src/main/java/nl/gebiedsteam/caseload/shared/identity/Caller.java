package nl.gebiedsteam.caseload.shared.identity;

import java.io.Serializable;
import java.util.Set;
import java.util.stream.Collectors;

/** Who is asking: the logged-in worker as the services need it, read fresh from the database per request. */
public record Caller(long workerId, String loginName, String displayName, Long teamId, String teamName,
        Set<Role> roles) implements Serializable {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public String rolesText() {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
