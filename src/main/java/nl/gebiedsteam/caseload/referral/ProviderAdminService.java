package nl.gebiedsteam.caseload.referral;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.Persistence;
import nl.gebiedsteam.caseload.shared.identity.Role;

/** The functional admin's reference list of referral providers: add, rename, retire; each change logged. */
@Stateless
@RolesAllowed(Role.FUNCTIONAL_ADMIN_NAME)
public class ProviderAdminService {

    private static final String OBJECT = "provider";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessLog accessLog;

    public List<ProviderRow> all() {
        return em.createNamedQuery("ReferralProvider.findAll", ReferralProvider.class).getResultStream()
                .map(p -> new ProviderRow(p.getId(), p.getVersion(), p.getName(), p.getKind(), p.isActive())).toList();
    }

    public long create(String name, ProviderKind kind) {
        ReferralProvider provider = new ReferralProvider(requireName(name), requireKind(kind));
        em.persist(provider);
        Persistence.flush(em, "provider.name.duplicate");
        accessLog.success(AccessEvent.CREATE, null, OBJECT, describe(provider));
        return provider.getId();
    }

    public void update(long id, long version, String name, ProviderKind kind, boolean active) {
        ReferralProvider provider = em.find(ReferralProvider.class, id);
        if (provider == null) {
            throw new NotFoundException();
        }
        provider.checkVersion(version);
        String before = describe(provider);
        provider.setName(requireName(name));
        provider.setKind(requireKind(kind));
        provider.setActive(active);
        Persistence.flush(em, "provider.name.duplicate");
        accessLog.success(AccessEvent.UPDATE, null, OBJECT, describe(provider) + "; was " + before);
    }

    private static String describe(ReferralProvider provider) {
        return "provider=" + provider.getId() + " '" + provider.getName() + "' " + provider.getKind()
                + (provider.isActive() ? "" : " retired");
    }

    private static String requireName(String name) {
        if (name == null || name.strip().length() < 2 || name.strip().length() > 150) {
            throw new CaseloadException("provider.name.invalid");
        }
        return name.strip();
    }

    private static ProviderKind requireKind(ProviderKind kind) {
        if (kind == null) {
            throw new CaseloadException("provider.kind.required");
        }
        return kind;
    }
}
