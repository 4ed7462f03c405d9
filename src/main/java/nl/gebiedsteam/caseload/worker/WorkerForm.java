package nl.gebiedsteam.caseload.worker;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import nl.gebiedsteam.caseload.shared.identity.Role;

/** The functional admin's edit form for one worker. */
public class WorkerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String loginName;
    private String displayName;
    private Long teamId;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private boolean active = true;

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getLoginName() {
        return loginName;
    }

    public void setLoginName(String loginName) {
        this.loginName = loginName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
