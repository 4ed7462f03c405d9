package nl.gebiedsteam.caseload.signal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.client.Client;
import nl.gebiedsteam.caseload.client.ClientFirsts;
import nl.gebiedsteam.caseload.client.ClientFlags;
import nl.gebiedsteam.caseload.client.ClientForm;
import nl.gebiedsteam.caseload.client.ClientName;
import nl.gebiedsteam.caseload.client.ClientScope;
import nl.gebiedsteam.caseload.client.ClientService;
import nl.gebiedsteam.caseload.client.FlagKind;
import nl.gebiedsteam.caseload.client.LegalGround;
import nl.gebiedsteam.caseload.client.Purpose;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.OutOfScopeException;
import nl.gebiedsteam.caseload.shared.Persistence;
import nl.gebiedsteam.caseload.shared.SettingKey;
import nl.gebiedsteam.caseload.shared.Settings;
import nl.gebiedsteam.caseload.shared.Text;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.Caller;
import nl.gebiedsteam.caseload.shared.identity.Role;
import nl.gebiedsteam.caseload.worker.AreaTeam;

/**
 * Signals from partners: registering, the team's work list (unlinked, oldest waiting first),
 * review, linking to a client or registering one from the signal, and closing without action.
 * Linking a signal re-evaluates the combined-observations rule for that client. An unlinked
 * signal belongs to its area team; a linked one follows its client's need-to-know scope.
 */
@Stateless
@RolesAllowed({Role.CASEWORKER_NAME, Role.TEAM_LEAD_NAME})
public class SignalService {

    static final String OBJECT = "signal";
    static final int REASON_MIN = 5;
    static final int SUMMARY_MAX = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientFlags flags;

    @Inject
    ClientScope scope;

    @Inject
    ClientService clientService;

    @Inject
    AccessLog accessLog;

    @Inject
    Settings settings;

    public SignalForm newForm() {
        Caller caller = scope.requireClientWorker(OBJECT);
        SignalForm form = new SignalForm();
        form.setTeamId(caller.teamId());
        form.setReceivedLocal(LocalDateTime.now(Times.DISPLAY_ZONE).truncatedTo(ChronoUnit.MINUTES));
        form.setConcernLevel(ConcernLevel.MODERATE);
        form.setPurpose(Purpose.SIGNAL_FOLLOW_UP);
        form.setLegalGround(LegalGround.WMO_2015);
        return form;
    }

    /** Registers a signal; with a client id it is linked at once (the client must be in scope). */
    public long register(SignalForm form) {
        Caller caller = scope.requireClientWorker(OBJECT);
        validate(form);
        Client client = form.getClientId() == null ? null
                : scope.require(form.getClientId(), AccessEvent.CREATE, OBJECT);
        AreaTeam team = client != null ? client.getTeam()
                : em.find(AreaTeam.class, form.getTeamId() == null ? caller.teamId() : form.getTeamId());
        if (team == null || !team.isActive()) {
            throw new CaseloadException("signal.team.invalid");
        }
        Signal signal = new Signal(team, form, Times.nowUtc(), caller.loginName());
        em.persist(signal);
        Persistence.flush(em);
        if (client != null) {
            signal.linkTo(client.getId(), Times.nowUtc(), caller.loginName());
            evaluateCombinedObservations(client.getId(), signal);
            ClientFirsts.refresh(em, client.getId());
        }
        accessLog.success(AccessEvent.CREATE, client == null ? null : client.getId(), OBJECT,
                "signal=" + signal.getId() + "; source=" + signal.getSource());
        return signal.getId();
    }

    public SignalRow view(long signalId) {
        Signal signal = accessible(signalId, AccessEvent.READ);
        accessLog.success(AccessEvent.READ, signal.getClientId(), OBJECT, "signal=" + signalId);
        return toRow(signal, LocalDate.now(Times.DISPLAY_ZONE));
    }

    /** The team's signals that still wait for someone: unlinked, oldest first. */
    public List<SignalRow> teamOpen(int first, int pageSize) {
        Caller caller = scope.requireClientWorker(OBJECT);
        LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);
        List<SignalRow> rows = em.createQuery("""
                SELECT s FROM Signal s WHERE s.team.id = :team AND s.voided = FALSE
                AND s.status IN :open ORDER BY s.receivedLocal ASC, s.id ASC""", Signal.class)
                .setParameter("team", caller.teamId()).setParameter("open", List.of(SignalStatus.NEW, SignalStatus.IN_REVIEW))
                .setFirstResult(Math.max(first, 0)).setMaxResults(Math.min(Math.max(pageSize, 1), 100))
                .getResultStream().map(s -> toRow(s, today)).toList();
        accessLog.listed(AccessEvent.SEARCH, OBJECT, null, "team open; rows=" + rows.size(),
                rows.stream().map(SignalRow::clientId).toList());
        return rows;
    }

    public long countTeamOpen() {
        Caller caller = scope.requireClientWorker(OBJECT);
        return em.createQuery("""
                SELECT COUNT(s) FROM Signal s WHERE s.team.id = :team AND s.voided = FALSE
                AND s.status IN :open""", Long.class).setParameter("team", caller.teamId())
                .setParameter("open", List.of(SignalStatus.NEW, SignalStatus.IN_REVIEW)).getSingleResult();
    }

    /** Clients of the caller's team with an open combined-observations flag. */
    public List<FlaggedClient> teamFlagged() {
        Caller caller = scope.requireClientWorker(OBJECT);
        List<FlaggedClient> rows = em.createQuery("""
                SELECT NEW nl.gebiedsteam.caseload.signal.FlaggedClient(c.id,
                """ + ClientName.JPQL + """
                , r.displayName, f.raisedAt, f.detail) FROM ClientFlag f, Client c
                LEFT JOIN c.responsible r WHERE f.clientId = c.id AND c.team.id = :team AND c.voided = FALSE
                AND f.kind = :kind AND f.resolvedAt IS NULL ORDER BY f.raisedAt""", FlaggedClient.class)
                .setParameter("team", caller.teamId()).setParameter("kind", FlagKind.COMBINED_OBSERVATIONS)
                .getResultList();
        accessLog.listed(AccessEvent.SEARCH, OBJECT, null, "team flagged; rows=" + rows.size(),
                rows.stream().map(FlaggedClient::clientId).toList());
        return rows;
    }

    /** The client's signals, newest first: the combined observations shown together. */
    public List<SignalRow> forClient(long clientId) {
        scope.require(clientId, AccessEvent.READ, OBJECT);
        LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);
        List<SignalRow> rows = em.createNamedQuery("Signal.findByClient", Signal.class).setParameter("clientId", clientId)
                .getResultStream().map(s -> toRow(s, today)).toList();
        accessLog.success(AccessEvent.READ, clientId, OBJECT, "rows=" + rows.size());
        return rows;
    }

    public void startReview(long signalId, long version) {
        Signal signal = accessible(signalId, AccessEvent.UPDATE);
        signal.checkVersion(version);
        if (signal.getStatus() != SignalStatus.NEW) {
            throw new CaseloadException("signal.status.illegal");
        }
        Caller caller = scope.requireClientWorker(OBJECT);
        signal.changeStatus(SignalStatus.IN_REVIEW, Times.nowUtc(), caller.loginName());
        Persistence.flush(em);
        accessLog.success(AccessEvent.UPDATE, null, OBJECT, "review; signal=" + signalId);
    }

    /** Links an open signal to a client in the caller's scope. */
    public void link(long signalId, long version, long clientId) {
        Signal signal = accessible(signalId, AccessEvent.UPDATE);
        Client client = scope.require(clientId, AccessEvent.UPDATE, OBJECT);
        signal.checkVersion(version);
        requireOpen(signal);
        Caller caller = scope.requireClientWorker(OBJECT);
        signal.linkTo(client.getId(), Times.nowUtc(), caller.loginName());
        evaluateCombinedObservations(client.getId(), signal);
        Persistence.flush(em);
        ClientFirsts.refresh(em, clientId);
        accessLog.success(AccessEvent.UPDATE, clientId, OBJECT, "linked; signal=" + signalId);
    }

    /** Registers the person the signal is about as a new client and links the signal, in one transaction. */
    public long registerClientAndLink(long signalId, long version, ClientForm client, boolean duplicatesConfirmed) {
        Signal signal = accessible(signalId, AccessEvent.UPDATE);
        signal.checkVersion(version);
        requireOpen(signal);
        long clientId = clientService.register(client, duplicatesConfirmed);
        link(signalId, version, clientId);
        return clientId;
    }

    public void closeWithoutAction(long signalId, long version, String reason) {
        Signal signal = accessible(signalId, AccessEvent.UPDATE);
        signal.checkVersion(version);
        requireOpen(signal);
        if (reason == null || reason.strip().length() < REASON_MIN) {
            throw new CaseloadException("signal.noAction.reasonRequired");
        }
        Caller caller = scope.requireClientWorker(OBJECT);
        signal.closeWithoutAction(reason.strip(), Times.nowUtc(), caller.loginName());
        Persistence.flush(em);
        accessLog.success(AccessEvent.UPDATE, null, OBJECT, "no action; signal=" + signalId);
    }

    /** Raises the flag when this signal completes a combination and no such flag is open. */
    private void evaluateCombinedObservations(long clientId, Signal latest) {
        CombinedObservationRule rule = new CombinedObservationRule(settings.get(SettingKey.COMBINED_MIN_SIGNALS),
                settings.get(SettingKey.COMBINED_MIN_SOURCES), settings.get(SettingKey.COMBINED_WINDOW_DAYS));
        List<CombinedObservationRule.Point> points = em.createNamedQuery("Signal.findByClient", Signal.class)
                .setParameter("clientId", clientId).getResultStream()
                .map(s -> new CombinedObservationRule.Point(s.getReceivedLocal().toLocalDate(), s.getSource())).toList();
        CombinedObservationRule.Point point = new CombinedObservationRule.Point(latest.getReceivedLocal().toLocalDate(),
                latest.getSource());
        if (!flags.isOpen(clientId, FlagKind.COMBINED_OBSERVATIONS) && rule.isMetIncluding(points, point)) {
            flags.raise(clientId, FlagKind.COMBINED_OBSERVATIONS, Times.nowUtc(),
                    rule.minSignals() + ";" + rule.minSources() + ";" + rule.windowDays());
        }
    }

    private Signal accessible(long signalId, AccessEvent event) {
        Caller caller = scope.requireClientWorker(OBJECT);
        Signal signal = em.find(Signal.class, signalId);
        if (signal == null || signal.isVoided()) {
            throw new NotFoundException();
        }
        if (signal.getClientId() != null) {
            scope.require(signal.getClientId(), event, OBJECT);
        } else if (!signal.getTeam().getId().equals(caller.teamId())) {
            accessLog.denied(event, null, OBJECT, "signal " + signalId + " of another team");
            throw new OutOfScopeException();
        }
        return signal;
    }

    private static void requireOpen(Signal signal) {
        if (signal.getStatus() == SignalStatus.LINKED || signal.getStatus() == SignalStatus.NO_ACTION) {
            throw new CaseloadException("signal.status.illegal");
        }
    }

    private static void validate(SignalForm form) {
        if (form.getSource() == null || form.getConcernLevel() == null || form.getPurpose() == null
                || form.getLegalGround() == null) {
            throw new CaseloadException("signal.required");
        }
        if (form.getReceivedLocal() == null
                || form.getReceivedLocal().isAfter(LocalDateTime.now(Times.DISPLAY_ZONE).plusMinutes(5))) {
            throw new CaseloadException("signal.received.invalid");
        }
        if (Text.isBlank(form.getSummary()) || form.getSummary().length() > SUMMARY_MAX) {
            throw new CaseloadException("signal.summary.required");
        }
        if (form.getPersonApproxAge() != null && (form.getPersonApproxAge() < 0 || form.getPersonApproxAge() > 120)) {
            throw new CaseloadException("signal.age.invalid");
        }
        if (form.getClientId() == null && Text.isBlank(form.getPersonName()) && Text.isBlank(form.getPersonSchool())
                && Text.isBlank(form.getPersonArea()) && form.getPersonApproxAge() == null) {
            throw new CaseloadException("signal.person.required");
        }
        form.setSummary(form.getSummary().strip());
        form.setReporterName(Text.blankToNull(form.getReporterName()));
        form.setReporterOrganisation(Text.blankToNull(form.getReporterOrganisation()));
        form.setReporterContact(Text.blankToNull(form.getReporterContact()));
        form.setPersonName(Text.blankToNull(form.getPersonName()));
        form.setPersonSchool(Text.blankToNull(form.getPersonSchool()));
        form.setPersonArea(Text.blankToNull(form.getPersonArea()));
    }

    private static SignalRow toRow(Signal s, LocalDate today) {
        String reporter = s.getReporterOrganisation() == null ? s.getReporterName()
                : s.getReporterName() == null ? s.getReporterOrganisation()
                : s.getReporterName() + " (" + s.getReporterOrganisation() + ")";
        return new SignalRow(s.getId(), s.getVersion(), s.getSource(), s.getReceivedLocal(), s.getConcernLevel(),
                s.getStatus(), s.getSummary(), s.getClientId(), s.getPersonName(), s.getPersonApproxAge(),
                s.getPersonSchool(), s.getPersonArea(), reporter, s.isReporterAnonymous(), s.getFollowUp(),
                ChronoUnit.DAYS.between(s.getReceivedLocal().toLocalDate(), today), s.getStatusChangedAt(),
                s.getStatusChangedBy());
    }
}
