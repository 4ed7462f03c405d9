package nl.gebiedsteam.caseload.worker;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import nl.gebiedsteam.caseload.shared.BaseEntity;
import nl.gebiedsteam.caseload.shared.identity.Caller;
import nl.gebiedsteam.caseload.shared.identity.Role;

/** A medewerker who logs in. Deactivated, never deleted, so the access log keeps its meaning. */
@Entity
@Table(name = "worker")
@NamedQuery(name = "Worker.findByLogin", query = "SELECT w FROM Worker w WHERE w.loginName = :login")
@NamedQuery(name = "Worker.findForSession",
        query = "SELECT w FROM Worker w LEFT JOIN FETCH w.team WHERE w.loginName = :login")
@NamedQuery(name = "Worker.findAll", query = "SELECT w FROM Worker w ORDER BY w.displayName")
@NamedQuery(name = "Worker.findActiveInTeam",
        query = "SELECT w FROM Worker w WHERE w.team.id = :teamId AND w.active = TRUE ORDER BY w.displayName",
        // the roles of the whole team in one extra query, not one per worker
        hints = @QueryHint(name = "eclipselink.batch", value = "w.roles"))
@NamedQuery(name = "Worker.countActiveAdmins",
        query = "SELECT COUNT(w) FROM Worker w JOIN w.roles r WHERE w.active = TRUE AND r = nl.gebiedsteam.caseload.shared.identity.Role.FUNCTIONAL_ADMIN")
public class Worker extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** How long a password set by an administrator may be used to log in and choose one's own. */
    public static final int ONE_TIME_PASSWORD_HOURS = 72;

    @NotBlank
    @Size(min = 3, max = 64)
    @Pattern(regexp = "[a-z0-9._-]+", message = "{worker.loginName.pattern}")
    @Column(name = "login_name", nullable = false, length = 64, updatable = false)
    private String loginName;

    @NotBlank
    @Size(max = 150)
    @Column(name = "display_name", nullable = false, length = 150)
    private String displayName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "area_team_id")
    private AreaTeam team;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "worker_role", joinColumns = @JoinColumn(name = "worker_id"))
    @Column(name = "role", length = 32, nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "password_must_change", nullable = false)
    private boolean passwordMustChange;

    @Column(name = "failed_login_count", nullable = false)
    private int failedLoginCount;

    /** Wrong second-factor codes after a right password, counted apart from wrong passwords. */
    @Column(name = "failed_code_count", nullable = false)
    private int failedCodeCount;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;

    /** Open sessions carry the stamp of their login; changing it ends them (see {@link #endSessions}). */
    @Column(name = "session_stamp", nullable = false)
    private int sessionStamp;

    @Column(name = "one_time_password_expires_at")
    private LocalDateTime oneTimePasswordExpiresAt;

    /** The authenticator key of the second factor (TOTP), encrypted ({@link TotpSecrets}); null until the worker enrolled. */
    @Column(name = "totp_secret", length = 120)
    private String totpSecret;

    /** The time step of the last code accepted; codes of that step or earlier are refused (no replay). */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Column(name = "totp_enabled_at")
    private LocalDateTime totpEnabledAt;

    /** Ends every open session of this worker at its next request. */
    public void endSessions() {
        sessionStamp++;
    }

    /** A password someone else set, that must be changed and has passed its expiry. */
    public boolean isOneTimePasswordExpiredAt(LocalDateTime nowUtc) {
        return passwordMustChange && oneTimePasswordExpiresAt != null && !oneTimePasswordExpiresAt.isAfter(nowUtc);
    }

    /** Sets a password that someone else chose: the worker must replace it before it expires. */
    public void setOneTimePassword(String hash, LocalDateTime expiresAtUtc) {
        passwordHash = hash;
        passwordMustChange = true;
        oneTimePasswordExpiresAt = expiresAtUtc;
        failedLoginCount = 0;
        failedCodeCount = 0;
        lockedUntil = null;
        // whoever resets a password also resets the second factor: the worker enrols again
        disableSecondFactor();
    }

    public void enableSecondFactor(String secret, long usedStep, LocalDateTime nowUtc) {
        totpSecret = secret;
        totpLastStep = usedStep;
        totpEnabledAt = nowUtc;
    }

    public void disableSecondFactor() {
        totpSecret = null;
        totpLastStep = null;
        totpEnabledAt = null;
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    /** Administrators and the privacy officer reach data or powers that a password alone must not open. */
    public boolean isSecondFactorRequired() {
        return getRoles().contains(Role.FUNCTIONAL_ADMIN) || getRoles().contains(Role.PRIVACY_OFFICER);
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public Long getTotpLastStep() {
        return totpLastStep;
    }

    public LocalDateTime getTotpEnabledAt() {
        return totpEnabledAt;
    }

    /** A password the worker chose: no longer one-time. */
    public void setOwnPassword(String hash) {
        passwordHash = hash;
        passwordMustChange = false;
        oneTimePasswordExpiresAt = null;
    }

    public int getSessionStamp() {
        return sessionStamp;
    }

    public LocalDateTime getOneTimePasswordExpiresAt() {
        return oneTimePasswordExpiresAt;
    }

    public boolean isLockedAt(LocalDateTime nowUtc) {
        return lockedUntil != null && lockedUntil.isAfter(nowUtc);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
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

    public AreaTeam getTeam() {
        return team;
    }

    public void setTeam(AreaTeam team) {
        this.team = team;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isPasswordMustChange() {
        return passwordMustChange;
    }

    public void setPasswordMustChange(boolean passwordMustChange) {
        this.passwordMustChange = passwordMustChange;
    }

    public int getFailedLoginCount() {
        return failedLoginCount;
    }

    public void setFailedLoginCount(int failedLoginCount) {
        this.failedLoginCount = failedLoginCount;
        this.failedCodeCount = 0;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public void setLockedUntil(LocalDateTime lockedUntil) {
        this.lockedUntil = lockedUntil;
    }

    public LocalDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public void setLastLoginAt(LocalDateTime lastLoginAt) {
        this.lastLoginAt = lastLoginAt;
    }

    /** The worker as the services see the caller: id, names, team and roles. */
    public Caller asCaller() {
        return new Caller(getId(), loginName, displayName, team == null ? null : team.getId(),
                team == null ? null : team.getName(), getRoles());
    }
}
