package nl.gebiedsteam.caseload.worker;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * At start-up, encrypts the second-factor secrets still stored in plain text (set up before
 * {@link TotpSecrets}, or written by the demo data). Each row is replaced only if it still holds
 * the plain value it was read with, so nodes starting together do no harm to each other.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class TotpSecretSealing {

    private static final Logger LOG = Logger.getLogger(TotpSecretSealing.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    TotpSecrets secrets;

    @PostConstruct
    void sealPlainSecrets() {
        @SuppressWarnings("unchecked")
        List<Object[]> plain = em.createNativeQuery("""
                SELECT id, totp_secret FROM worker WHERE totp_secret IS NOT NULL AND totp_secret NOT LIKE 'v1:%'""")
                .getResultList();
        int sealed = 0;
        for (Object[] row : plain) {
            sealed += em.createNativeQuery("UPDATE worker SET totp_secret = ?1 WHERE id = ?2 AND totp_secret = ?3")
                    .setParameter(1, secrets.seal((String) row[1])).setParameter(2, row[0]).setParameter(3, row[1])
                    .executeUpdate();
        }
        if (sealed > 0) {
            int count = sealed;
            LOG.info(() -> "Second-factor secrets encrypted at rest: " + count);
        }
    }
}
