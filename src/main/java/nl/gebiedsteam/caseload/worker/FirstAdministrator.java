package nl.gebiedsteam.caseload.worker;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import nl.gebiedsteam.caseload.shared.identity.PasswordHasher;
import nl.gebiedsteam.caseload.shared.identity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How a fresh production installation gets its first functional administrator: when no active
 * administrator exists and CASELOAD_ADMIN_LOGIN and CASELOAD_ADMIN_PASSWORD are set, that account
 * is created once, with a password that must be changed at the first login. With an administrator
 * present the variables are ignored, so leaving them set cannot reset anything.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "caseload.admin.login")
    Optional<String> login;

    @Inject
    @ConfigProperty(name = "caseload.admin.password")
    Optional<String> password;

    @PostConstruct
    void ensure() {
        if (em.createNamedQuery("Worker.countActiveAdmins", Long.class).getSingleResult() > 0) {
            return;
        }
        if (login.isEmpty() || password.isEmpty()) {
            LOG.warning("No functional administrator exists. Set CASELOAD_ADMIN_LOGIN and CASELOAD_ADMIN_PASSWORD "
                    + "and restart to create the first one.");
            return;
        }
        if (password.get().length() < PasswordHasher.MIN_PASSWORD_LENGTH) {
            LOG.severe("CASELOAD_ADMIN_PASSWORD is shorter than " + PasswordHasher.MIN_PASSWORD_LENGTH
                    + " characters; no administrator created.");
            return;
        }
        Worker admin = new Worker();
        admin.setLoginName(login.get().strip().toLowerCase(Locale.ROOT));
        admin.setDisplayName("Functioneel beheerder");
        admin.setRoles(EnumSet.of(Role.FUNCTIONAL_ADMIN));
        admin.setPasswordHash(PasswordHasher.hash(password.get().toCharArray()));
        admin.setPasswordMustChange(true);
        em.persist(admin);
        LOG.info(() -> "First functional administrator '" + admin.getLoginName() + "' created.");
    }
}
