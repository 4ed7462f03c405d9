package nl.gebiedsteam.caseload.measure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.Persistence;
import nl.gebiedsteam.caseload.shared.Text;
import nl.gebiedsteam.caseload.shared.identity.Role;

/**
 * The functional admin's list of measure types: add a type, retire or reactivate one. The legal
 * facts (kind, legal basis, deciding authority, typical maximum) of a type that has measures
 * recorded under it cannot change, nor can its name: those measures were recorded under that type as
 * it was (retire it and add a new one instead). Every change is in the access log.
 */
@Stateless
@RolesAllowed(Role.FUNCTIONAL_ADMIN_NAME)
public class MeasureTypeAdminService {

    private static final String OBJECT = "measure-type";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessLog accessLog;

    public List<MeasureTypeRow> all() {
        return em.createNamedQuery("MeasureType.findAll", MeasureType.class).getResultStream()
                .map(t -> new MeasureTypeRow(t.getId(), t.getVersion(), t.getCode(), t.getName(), t.getKind(),
                        t.getLegalBasis(), t.getDecidingAuthority(), t.getTypicalMaxDays(), t.isActive(), inUse(t.getId())))
                .toList();
    }

    public long create(MeasureTypeRow form) {
        String code = form.code() == null ? "" : form.code().strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new CaseloadException("measureType.code.invalid");
        }
        MeasureType type = new MeasureType(code);
        facts(type, form);
        em.persist(type);
        Persistence.flush(em, "measureType.code.duplicate");
        accessLog.success(AccessEvent.CREATE, null, OBJECT, describe(type));
        return type.getId();
    }

    public void update(long id, long version, MeasureTypeRow form) {
        MeasureType type = em.find(MeasureType.class, id);
        if (type == null) {
            throw new NotFoundException();
        }
        type.checkVersion(version);
        boolean factsChanged = !Objects.equals(type.getName(), strip(form.name())) || type.getKind() != form.kind()
                || !Objects.equals(type.getLegalBasis(), strip(form.legalBasis()))
                || !Objects.equals(type.getDecidingAuthority(), strip(form.decidingAuthority()))
                || !Objects.equals(type.getTypicalMaxDays(), form.typicalMaxDays());
        if (factsChanged && inUse(id)) {
            throw new CaseloadException("measureType.inUse");
        }
        String before = describe(type);
        facts(type, form);
        type.setActive(form.active());
        Persistence.flush(em);
        accessLog.success(AccessEvent.UPDATE, null, OBJECT, describe(type) + "; was " + before);
    }

    private static String describe(MeasureType type) {
        return "measureType=" + type.getId() + " " + type.getCode() + " '" + type.getName() + "' " + type.getKind()
                + "; " + type.getLegalBasis() + "; " + type.getDecidingAuthority() + "; max " + type.getTypicalMaxDays()
                + (type.isActive() ? "" : "; retired");
    }

    private boolean inUse(long typeId) {
        return em.createQuery("SELECT COUNT(m) FROM CoercionMeasure m WHERE m.type.id = :id", Long.class)
                .setParameter("id", typeId).getSingleResult() > 0;
    }

    private static void facts(MeasureType type, MeasureTypeRow form) {
        if (Text.isBlank(form.name()) || form.kind() == null || Text.isBlank(form.legalBasis()) || Text.isBlank(form.decidingAuthority())) {
            throw new CaseloadException("measureType.required");
        }
        if (form.typicalMaxDays() != null && form.typicalMaxDays() < 1) {
            throw new CaseloadException("measureType.maxDays.invalid");
        }
        type.setFacts(strip(form.name()), form.kind(), strip(form.legalBasis()), strip(form.decidingAuthority()),
                form.typicalMaxDays());
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
