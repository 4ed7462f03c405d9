package nl.gebiedsteam.caseload.referral;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.client.Client;
import nl.gebiedsteam.caseload.client.ClientScope;
import nl.gebiedsteam.caseload.pathway.Pathway;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.Option;
import nl.gebiedsteam.caseload.shared.Persistence;
import nl.gebiedsteam.caseload.shared.SettingKey;
import nl.gebiedsteam.caseload.shared.Settings;
import nl.gebiedsteam.caseload.shared.Text;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.Caller;
import nl.gebiedsteam.caseload.shared.identity.Role;

/**
 * Referrals and the consents they rest on. A referral that shares data is refused unless a valid
 * consent for that purpose and recipient is on file (or recorded with it), or the worker gives an
 * override reason, which is logged as its own access-log event. The database has the same rule
 * as a CHECK constraint.
 */
@Stateless
@RolesAllowed({Role.CASEWORKER_NAME, Role.TEAM_LEAD_NAME})
public class ReferralService {

    static final String OBJECT = "referral";
    static final String CONSENT_OBJECT = "consent";
    static final int REASON_MIN = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientScope scope;

    @Inject
    AccessLog accessLog;

    @Inject
    Settings settings;

    /** Active providers a referral can go to. */
    public List<Option> providers() {
        scope.requireClientWorker(OBJECT);
        return em.createNamedQuery("ReferralProvider.findActive", ReferralProvider.class).getResultStream()
                .map(p -> new Option(p.getId(), p.getName())).toList();
    }

    public long refer(long clientId, ReferralForm form) {
        Client client = scope.require(clientId, AccessEvent.CREATE, OBJECT);
        LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);
        ReferralProvider provider = form.getProviderId() == null ? null
                : em.find(ReferralProvider.class, form.getProviderId());
        if (provider == null || !provider.isActive()) {
            throw new CaseloadException("referral.provider.required");
        }
        if (form.getReferredOn() == null || form.getReferredOn().isAfter(today)) {
            throw new CaseloadException("referral.referredOn.invalid");
        }
        Long consentId = null;
        String override = null;
        if (form.isSharesData()) {
            if (form.isRecordConsent()) {
                consentId = recordConsent(client.getId(), ConsentPurpose.REFERRAL, provider, form.getConsentScope(),
                        form.getConsentGivenOn(), form.getReferredOn());
            } else {
                consentId = validConsent(client.getId(), provider.getId(), form.getReferredOn());
            }
            if (consentId == null) {
                override = form.getOverrideReason() == null ? null : form.getOverrideReason().strip();
                if (override == null || override.length() < REASON_MIN) {
                    throw new CaseloadException("referral.consent.required", provider.getName());
                }
            }
        }
        Long pathwayId = em.createNamedQuery("Pathway.findOpenByClient", Pathway.class)
                .setParameter("clientId", client.getId()).getResultStream().findFirst().map(Pathway::getId).orElse(null);
        Referral referral = new Referral(client.getId(), pathwayId, provider, form.getReferredOn(), form.isSharesData(),
                consentId, override, Text.blankToNull(form.getNote()));
        em.persist(referral);
        Persistence.flush(em);
        if (override != null) {
            accessLog.success(AccessEvent.CONSENT_OVERRIDE, client.getId(), OBJECT,
                    "referral=" + referral.getId() + "; provider=" + provider.getId() + "; reason kept with the referral");
        }
        accessLog.success(AccessEvent.CREATE, client.getId(), OBJECT,
                "referral=" + referral.getId() + "; provider=" + provider.getId());
        return referral.getId();
    }

    /** Records the provider's intake, the treatment start and the status as they become known. */
    public void update(long referralId, long version, LocalDate providerIntakeOn, LocalDate treatmentStartOn,
            ReferralStatus status, String note) {
        Referral referral = accessible(referralId, AccessEvent.UPDATE);
        referral.checkVersion(version);
        LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);
        if (status == null) {
            throw new CaseloadException("referral.status.required");
        }
        if (providerIntakeOn != null && (providerIntakeOn.isBefore(referral.getReferredOn())
                || providerIntakeOn.isAfter(today))) {
            throw new CaseloadException("referral.intakeOn.invalid");
        }
        if (treatmentStartOn != null && (providerIntakeOn == null || treatmentStartOn.isBefore(providerIntakeOn)
                || treatmentStartOn.isAfter(today))) {
            throw new CaseloadException("referral.treatmentOn.invalid");
        }
        referral.progress(providerIntakeOn, treatmentStartOn, status, Text.blankToNull(note));
        Persistence.flush(em);
        accessLog.success(AccessEvent.UPDATE, referral.getClientId(), OBJECT, "referral=" + referralId + "; " + status);
    }

    public void voidReferral(long referralId, long version, String reason) {
        Referral referral = accessible(referralId, AccessEvent.VOID);
        referral.checkVersion(version);
        if (reason == null || reason.strip().length() < 5) {
            throw new CaseloadException("referral.void.reasonRequired");
        }
        Caller caller = scope.requireClientWorker(OBJECT);
        referral.markVoided(Times.nowUtc(), caller.loginName(), reason.strip());
        Persistence.flush(em);
        accessLog.success(AccessEvent.VOID, referral.getClientId(), OBJECT, "referral=" + referralId);
    }

    /** The client's referrals, newest first, with waiting days and the flag for long waits. */
    public List<ReferralRow> list(long clientId) {
        scope.require(clientId, AccessEvent.READ, OBJECT);
        LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);
        int flagAfter = settings.get(SettingKey.REFERRAL_WAIT_FLAG_DAYS);
        List<ReferralRow> rows = em.createNamedQuery("Referral.findByClient", Referral.class)
                .setParameter("clientId", clientId).getResultStream()
                .map(r -> new ReferralRow(r.getId(), r.getVersion(), r.getProvider().getName(), r.getReferredOn(),
                        r.getProviderIntakeOn(), r.getTreatmentStartOn(), r.getStatus(), r.isSharesData(),
                        r.getConsentId() != null, r.getConsentOverrideReason(), r.getNote(),
                        WaitingTimes.of(r.getReferredOn(), r.getProviderIntakeOn(), r.getTreatmentStartOn(),
                                r.getStatus(), today, flagAfter)))
                .toList();
        accessLog.success(AccessEvent.READ, clientId, OBJECT, "rows=" + rows.size());
        return rows;
    }

    public List<ConsentRow> consents(long clientId) {
        scope.require(clientId, AccessEvent.READ, CONSENT_OBJECT);
        List<ConsentRow> rows = em.createNamedQuery("Consent.findByClient", Consent.class)
                .setParameter("clientId", clientId).getResultStream()
                .map(c -> new ConsentRow(c.getId(), c.getVersion(), c.getPurpose(), c.getRecipient(), c.getScope(),
                        c.getGivenOn(), c.getWithdrawnOn()))
                .toList();
        accessLog.success(AccessEvent.READ, clientId, CONSENT_OBJECT, "rows=" + rows.size());
        return rows;
    }

    /** Records a consent given by the client to share data with a provider. */
    public long giveConsent(long clientId, ConsentPurpose purpose, long providerId, String scopeText, LocalDate givenOn) {
        Client client = scope.require(clientId, AccessEvent.CREATE, CONSENT_OBJECT);
        ReferralProvider provider = em.find(ReferralProvider.class, providerId);
        if (provider == null) {
            throw new CaseloadException("referral.provider.required");
        }
        if (purpose == null) {
            throw new CaseloadException("consent.purpose.required");
        }
        long id = recordConsent(client.getId(), purpose, provider, scopeText, givenOn, null);
        Persistence.flush(em);
        return id;
    }

    public void withdrawConsent(long consentId, long version, LocalDate on) {
        Consent consent = em.find(Consent.class, consentId);
        if (consent == null) {
            throw new NotFoundException();
        }
        scope.require(consent.getClientId(), AccessEvent.UPDATE, CONSENT_OBJECT);
        consent.checkVersion(version);
        if (consent.getWithdrawnOn() != null) {
            throw new CaseloadException("consent.alreadyWithdrawn");
        }
        if (on == null || on.isBefore(consent.getGivenOn()) || on.isAfter(LocalDate.now(Times.DISPLAY_ZONE))) {
            throw new CaseloadException("consent.withdrawnOn.invalid");
        }
        consent.withdraw(on);
        Persistence.flush(em);
        accessLog.success(AccessEvent.UPDATE, consent.getClientId(), CONSENT_OBJECT, "withdrawn; consent=" + consentId);
    }

    private long recordConsent(long clientId, ConsentPurpose purpose, ReferralProvider provider, String scopeText,
            LocalDate givenOn, LocalDate neededOn) {
        LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);
        if (givenOn == null || givenOn.isAfter(today) || (neededOn != null && givenOn.isAfter(neededOn))) {
            throw new CaseloadException("consent.givenOn.invalid");
        }
        if (scopeText == null || scopeText.isBlank()) {
            throw new CaseloadException("consent.scope.required");
        }
        Consent consent = new Consent(clientId, purpose, provider.getId(), provider.getName(), scopeText.strip(),
                givenOn);
        em.persist(consent);
        em.flush();
        accessLog.success(AccessEvent.CREATE, clientId, CONSENT_OBJECT,
                "consent=" + consent.getId() + "; " + purpose + "; provider=" + provider.getId());
        return consent.getId();
    }

    private Long validConsent(long clientId, long providerId, LocalDate on) {
        return em.createNamedQuery("Consent.findValid", Consent.class).setParameter("clientId", clientId)
                .setParameter("purpose", ConsentPurpose.REFERRAL).setParameter("providerId", providerId)
                .setParameter("on", on).setMaxResults(1).getResultStream().findFirst().map(Consent::getId).orElse(null);
    }

    private Referral accessible(long referralId, AccessEvent event) {
        Referral referral = em.find(Referral.class, referralId);
        if (referral == null || referral.isVoided()) {
            throw new NotFoundException();
        }
        scope.require(referral.getClientId(), event, OBJECT);
        return referral;
    }
}
