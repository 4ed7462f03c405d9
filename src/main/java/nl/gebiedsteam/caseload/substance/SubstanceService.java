package nl.gebiedsteam.caseload.substance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.client.Client;
import nl.gebiedsteam.caseload.client.ClientScope;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.ConcurrentEditException;
import nl.gebiedsteam.caseload.shared.Persistence;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.Role;

/**
 * The substance profile. It is health data (GDPR art. 9, DOMAIN.md privacy rule 4): the same
 * scope as the file, and every read is a separate access-log entry with sensitivity "health".
 */
@Stateless
@RolesAllowed({Role.CASEWORKER_NAME, Role.TEAM_LEAD_NAME})
public class SubstanceService {

    static final String OBJECT = "substance_profile";
    static final String SENSITIVITY = "health";
    static final int MAX_SECONDARY = 3;
    private static final Pattern ICD10 = Pattern.compile("F1[0-9](\\.[0-9]{1,2})?");
    private static final Set<Substance> BEHAVIOURS = EnumSet.of(Substance.GAMBLING, Substance.GAMING);

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientScope scope;

    @Inject
    AccessLog accessLog;

    /** The profile as a form (blank when the client has none yet); logged as a health-data read. */
    public SubstanceProfileForm load(long clientId) {
        scope.require(clientId, AccessEvent.READ, OBJECT);
        SubstanceProfileForm form = new SubstanceProfileForm();
        form.setClientId(clientId);
        SubstanceProfile profile = find(clientId);
        if (profile != null) {
            form.setId(profile.getId());
            form.setVersion(profile.getVersion());
            form.setPrimarySubstance(profile.getPrimarySubstance());
            form.setSecondary(profile.getSecondary().stream().sorted().toList());
            form.setFrequency(profile.getFrequency());
            form.setRoute(profile.getRoute());
            form.setAgeAtFirstUse(profile.getAgeAtFirstUse());
            form.setInformationSource(profile.getInformationSource());
            form.setIcd10Code(profile.getIcd10Code());
            form.setModifiedBy(profile.getModifiedBy());
        }
        accessLog.success(AccessEvent.READ, clientId, OBJECT, SENSITIVITY, profile == null ? "none" : null);
        return form;
    }

    public void save(SubstanceProfileForm form) {
        Client client = scope.require(form.getClientId(), AccessEvent.UPDATE, OBJECT);
        validate(form, client);
        SubstanceProfile profile = find(client.getId());
        boolean created = profile == null;
        if (created) {
            if (form.getId() != null) {
                throw new ConcurrentEditException(null, null);
            }
            profile = new SubstanceProfile(client.getId());
            em.persist(profile);
        } else {
            profile.checkVersion(form.getVersion());
        }
        profile.update(form);
        Persistence.flush(em, "error.concurrentEdit");
        accessLog.success(created ? AccessEvent.CREATE : AccessEvent.UPDATE, client.getId(), OBJECT, SENSITIVITY, null);
    }

    /** Normalises the form and refuses what a profile cannot contain. Package-visible for unit tests. */
    static void validate(SubstanceProfileForm form, Client client) {
        if (form.getPrimarySubstance() == null || form.getFrequency() == null || form.getRoute() == null
                || form.getInformationSource() == null) {
            throw new CaseloadException("substance.required");
        }
        Set<Substance> secondary = new LinkedHashSet<>(form.getSecondary());
        secondary.remove(form.getPrimarySubstance());
        if (secondary.size() > MAX_SECONDARY) {
            throw new CaseloadException("substance.secondary.tooMany", MAX_SECONDARY);
        }
        form.setSecondary(secondary.stream().toList());
        // a route describes how a substance is taken: none for gambling and gaming, always one otherwise
        boolean behaviour = BEHAVIOURS.contains(form.getPrimarySubstance());
        if (behaviour != (form.getRoute() == UseRoute.NOT_APPLICABLE)) {
            throw new CaseloadException(behaviour ? "substance.route.notApplicable" : "substance.route.required");
        }
        Integer age = form.getAgeAtFirstUse();
        int clientAge = client.ageOn(LocalDate.now(Times.DISPLAY_ZONE));
        if (age != null && (age < 5 || age > clientAge)) {
            throw new CaseloadException("substance.ageAtFirstUse.invalid", clientAge);
        }
        String icd = form.getIcd10Code() == null || form.getIcd10Code().isBlank() ? null
                : form.getIcd10Code().strip().toUpperCase(Locale.ROOT);
        if (icd != null && form.getInformationSource() != InformationSource.PROVIDER) {
            throw new CaseloadException("substance.icd10.onlyFromProvider");
        }
        if (icd != null && !ICD10.matcher(icd).matches()) {
            throw new CaseloadException("substance.icd10.invalid");
        }
        form.setIcd10Code(icd);
    }

    private SubstanceProfile find(long clientId) {
        return em.createNamedQuery("SubstanceProfile.findByClient", SubstanceProfile.class)
                .setParameter("clientId", clientId).getResultStream().findFirst().orElse(null);
    }
}
