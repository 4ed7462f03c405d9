package nl.gebiedsteam.caseload.measure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.client.Client;
import nl.gebiedsteam.caseload.client.ClientName;
import nl.gebiedsteam.caseload.client.ClientScope;
import nl.gebiedsteam.caseload.client.LegalGround;
import nl.gebiedsteam.caseload.document.ClientDocument;
import nl.gebiedsteam.caseload.pathway.Pathway;
import nl.gebiedsteam.caseload.shared.AccessDeniedException;
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
import nl.gebiedsteam.caseload.task.TaskKind;
import nl.gebiedsteam.caseload.task.Tasks;

/**
 * The measures register. Measures and Wvggz reports are criminal-justice or coercive-care data:
 * only the client's assigned caseworker and the team lead of the client's team read or record
 * them; every read is logged with object "measure" and sensitivity "justice", every refusal too.
 * Colleagues in the same team learn only that restricted items exist ({@link #access}). A measure
 * may point at the document on the file it was checked against: one of the same client's, not voided.
 */
@Stateless
@RolesAllowed({Role.CASEWORKER_NAME, Role.TEAM_LEAD_NAME})
public class MeasureService {

    static final String OBJECT = "measure";
    static final String SENSITIVITY = "justice";
    static final int REASON_MIN = 5;
    private static final List<TaskKind> EXPIRY_TASKS = List.of(TaskKind.MEASURE_EXPIRING, TaskKind.MEASURE_OVERDUE);

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientScope scope;

    @Inject
    AccessLog accessLog;

    @Inject
    Settings settings;

    @Inject
    Tasks tasks;

    /** For the file page: may the caller read the measures, and how many restricted items exist. */
    public MeasureAccess access(long clientId) {
        Client client = scope.require(clientId, AccessEvent.READ, OBJECT);
        Caller caller = scope.requireClientWorker(OBJECT);
        long items = em.createNamedQuery("CoercionMeasure.countByClient", Long.class).setParameter("clientId", clientId)
                .getSingleResult()
                + em.createNamedQuery("WvggzReport.countByClient", Long.class).setParameter("clientId", clientId)
                        .getSingleResult();
        return new MeasureAccess(ClientScope.mayReadMeasures(caller, client), items);
    }

    /** Active measure types for the form. */
    public List<Option> types() {
        scope.requireClientWorker(OBJECT);
        return em.createNamedQuery("MeasureType.findActive", MeasureType.class).getResultStream()
                .map(t -> new Option(t.getId(), t.getName())).toList();
    }

    /** The client's measures, newest first, each with its place in its extension chain. */
    public List<MeasureRow> list(long clientId) {
        Client client = readable(clientId, AccessEvent.READ);
        LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);
        int window = settings.get(SettingKey.MEASURE_EXPIRY_WINDOW_DAYS);
        List<CoercionMeasure> measures = em.createNamedQuery("CoercionMeasure.findByClient", CoercionMeasure.class)
                .setParameter("clientId", client.getId()).getResultList();
        Map<Long, CoercionMeasure> byId = new HashMap<>();
        Map<Long, Long> extendedBy = new HashMap<>();
        for (CoercionMeasure m : measures) {
            byId.put(m.getId(), m);
            if (m.getExtendsMeasureId() != null) {
                extendedBy.put(m.getExtendsMeasureId(), m.getId());
            }
        }
        Map<Long, String> documentTitles = documentTitles(measures);
        List<MeasureRow> rows = measures.stream().map(m -> toRow(m, byId, extendedBy.containsKey(m.getId()), today,
                window, documentTitles)).toList();
        accessLog.success(AccessEvent.READ, clientId, OBJECT, SENSITIVITY, "measures=" + rows.size());
        return rows;
    }

    /** A blank form with the legal facts of the chosen type filled in. */
    public MeasureForm newForm(long clientId, long typeId) {
        Client client = readable(clientId, AccessEvent.READ);
        MeasureType type = type(typeId);
        MeasureForm form = new MeasureForm();
        form.setTypeId(type.getId());
        form.setLegalBasis(type.getLegalBasis());
        form.setDecidingAuthority(type.getDecidingAuthority());
        form.setLearnedVia(LearnedVia.DECISION_DOCUMENT);
        form.setPurpose(client.getPurpose());
        form.setLegalGround(defaultGround(type, client.getLegalGround()));
        return form;
    }

    /**
     * The form for an extension: same type and facts, starting the day after the current end. Not the
     * document it was checked against: an extension is a new decision, checked against its own.
     */
    public MeasureForm extensionForm(long measureId) {
        CoercionMeasure measure = readableMeasure(measureId, AccessEvent.READ);
        MeasureForm form = new MeasureForm();
        form.setTypeId(measure.getType().getId());
        form.setExtendsMeasureId(measure.getId());
        form.setLegalBasis(measure.getLegalBasis());
        form.setDecidingAuthority(measure.getDecidingAuthority());
        form.setExecutingOrganisation(measure.getExecutingOrganisation());
        form.setStartDate(measure.getEndDate().plusDays(1));
        form.setConditions(measure.getConditions());
        form.setTreatmentObligation(measure.isTreatmentObligation());
        form.setSubstanceBan(measure.isSubstanceBan());
        form.setLocationBan(measure.isLocationBan());
        form.setContactBan(measure.isContactBan());
        form.setLearnedVia(LearnedVia.DECISION_DOCUMENT);
        form.setPurpose(measure.getPurpose());
        form.setLegalGround(measure.getLegalGround());
        return form;
    }

    /**
     * Records a measure (or an extension, when {@code form.extendsMeasureId} is set: the extended
     * measure then ends with outcome EXTENDED and its expiry tasks are done).
     */
    public long record(long clientId, MeasureForm form) {
        Client client = readable(clientId, AccessEvent.CREATE);
        MeasureType type = form.getTypeId() == null ? null : em.find(MeasureType.class, form.getTypeId());
        if (type == null || !type.isActive()) {
            throw new CaseloadException("measure.required");
        }
        LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);
        List<CoercionMeasure> existing = em.createNamedQuery("CoercionMeasure.findByClient", CoercionMeasure.class)
                .setParameter("clientId", clientId).getResultList();
        CoercionMeasure extended = null;
        if (form.getExtendsMeasureId() != null) {
            extended = existing.stream().filter(m -> m.getId().equals(form.getExtendsMeasureId())).findFirst()
                    .orElseThrow(NotFoundException::new);
        }
        List<MeasureRules.Period> periods = existing.stream().map(m -> period(m, existing)).toList();
        MeasureRules.validate(form, type, today, periods, extended == null ? null : period(extended, existing));
        requireDocumentOf(clientId, form.getVerifiedDocumentId());
        Long pathwayId = em.createNamedQuery("Pathway.findOpenByClient", Pathway.class).setParameter("clientId", clientId)
                .getResultStream().findFirst().map(Pathway::getId).orElse(null);
        CoercionMeasure measure = new CoercionMeasure(clientId, pathwayId, type, form.getExtendsMeasureId());
        measure.apply(trimmed(form));
        em.persist(measure);
        if (extended != null) {
            extended.end(MeasureOutcome.EXTENDED, form.getStartDate(), null);
            closeExpiryTasks(extended.getId(), "extended");
        }
        Persistence.flush(em, "measure.extend.ended"); // the unique extension key stops a second extension
        accessLog.success(AccessEvent.CREATE, clientId, OBJECT, SENSITIVITY, "measure=" + measure.getId() + "; type="
                + type.getCode() + (extended == null ? "" : "; extends=" + extended.getId()));
        return measure.getId();
    }

    /**
     * Points the measure at the document on the file it was checked against, or (with null) at none:
     * a decision often reaches the file after the measure was recorded. Choosing one makes the
     * measure verified.
     */
    public void verifyAgainst(long measureId, long version, Long documentId) {
        CoercionMeasure measure = readableMeasure(measureId, AccessEvent.UPDATE);
        measure.checkVersion(version);
        requireDocumentOf(measure.getClientId(), documentId);
        measure.verifiedAgainst(documentId);
        Persistence.flush(em);
        accessLog.success(AccessEvent.UPDATE, measure.getClientId(), OBJECT, SENSITIVITY,
                "verified against; measure=" + measureId + "; document=" + documentId);
    }

    /** Records how the measure ended; its open expiry tasks are done with it. */
    public void end(long measureId, long version, MeasureOutcome outcome, LocalDate on, String note) {
        CoercionMeasure measure = readableMeasure(measureId, AccessEvent.UPDATE);
        measure.checkVersion(version);
        if (outcome == null || outcome == MeasureOutcome.EXTENDED) {
            throw new CaseloadException("measure.outcome.required");
        }
        if (measure.getOutcome() != null) {
            throw new CaseloadException("measure.extend.ended");
        }
        if (on == null || on.isBefore(measure.getStartDate()) || on.isAfter(LocalDate.now(Times.DISPLAY_ZONE))) {
            throw new CaseloadException("measure.outcomeDate.invalid");
        }
        measure.end(outcome, on, Text.blankToNull(note));
        closeExpiryTasks(measureId, "outcome " + outcome);
        Persistence.flush(em);
        accessLog.success(AccessEvent.UPDATE, measure.getClientId(), OBJECT, SENSITIVITY,
                "ended; measure=" + measureId + "; " + outcome);
    }

    public void voidMeasure(long measureId, long version, String reason) {
        CoercionMeasure measure = readableMeasure(measureId, AccessEvent.VOID);
        measure.checkVersion(version);
        if (reason == null || reason.strip().length() < REASON_MIN) {
            throw new CaseloadException("measure.void.reasonRequired");
        }
        Caller caller = scope.requireClientWorker(OBJECT);
        measure.markVoided(Times.nowUtc(), caller.loginName(), reason.strip());
        closeExpiryTasks(measureId, "voided");
        Persistence.flush(em);
        accessLog.success(AccessEvent.VOID, measure.getClientId(), OBJECT, SENSITIVITY, "measure=" + measureId);
    }

    /**
     * Measures ending within the window or past their end without an outcome: the whole team for a
     * team lead, the clients they are responsible for for a caseworker. Soonest first.
     */
    public List<ExpiringMeasure> expiring(int first, int pageSize) {
        Caller caller = scope.requireClientWorker(OBJECT);
        LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);
        @SuppressWarnings("unchecked")
        List<Object[]> found = expiringQuery(caller, today, "SELECT m.id, c.id, " + ClientName.SQL + """
                , r.display_name, t.name, m.end_date
                """, " ORDER BY m.end_date, m.id")
                .setFirstResult(Math.max(first, 0)).setMaxResults(Math.min(Math.max(pageSize, 1), 100))
                .getResultList();
        List<ExpiringMeasure> rows = found.stream().map(r -> {
            LocalDate end = Times.dateColumn(r[5]);
            return new ExpiringMeasure(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    (String) r[3], (String) r[4], end, ChronoUnit.DAYS.between(today, end));
        }).toList();
        accessLog.listed(AccessEvent.SEARCH, OBJECT, SENSITIVITY, "expiring; rows=" + rows.size(),
                rows.stream().map(ExpiringMeasure::clientId).toList());
        return rows;
    }

    public long countExpiring() {
        Caller caller = scope.requireClientWorker(OBJECT);
        return ((Number) expiringQuery(caller, LocalDate.now(Times.DISPLAY_ZONE), "SELECT COUNT(*) ", "")
                .getSingleResult()).longValue();
    }

    /** Registers a Wvggz report and the task to decide on it within the set number of days (14). */
    public long reportWvggz(long clientId, LocalDate receivedOn, String reporter, String summary) {
        Client client = readable(clientId, AccessEvent.CREATE);
        if (receivedOn == null || receivedOn.isAfter(LocalDate.now(Times.DISPLAY_ZONE))) {
            throw new CaseloadException("wvggz.receivedOn.invalid");
        }
        if (Text.isBlank(reporter) || Text.isBlank(summary)) {
            throw new CaseloadException("wvggz.required");
        }
        WvggzReport report = new WvggzReport(clientId, receivedOn, reporter.strip(), summary.strip());
        em.persist(report);
        Persistence.flush(em);
        LocalDate due = receivedOn.plusDays(settings.get(SettingKey.WVGGZ_EXPLORATION_DAYS));
        tasks.open(clientId, client.getTeam().getId(),
                client.getResponsible() == null ? null : client.getResponsible().getId(), TaskKind.WVGGZ_EXPLORATION,
                report.getId(), due, true);
        Persistence.flush(em);
        accessLog.success(AccessEvent.CREATE, clientId, OBJECT, SENSITIVITY, "wvggz report=" + report.getId());
        return report.getId();
    }

    public List<WvggzRow> wvggzReports(long clientId) {
        readable(clientId, AccessEvent.READ);
        LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);
        int days = settings.get(SettingKey.WVGGZ_EXPLORATION_DAYS);
        List<WvggzRow> rows = em.createNamedQuery("WvggzReport.findByClient", WvggzReport.class)
                .setParameter("clientId", clientId).getResultStream()
                .map(r -> new WvggzRow(r.getId(), r.getVersion(), r.getReceivedOn(), r.getReporter(), r.getSummary(),
                        r.getDecision(), r.getDecidedOn(), r.getReceivedOn().plusDays(days),
                        r.getDecision() == null && r.getReceivedOn().plusDays(days).isBefore(today)))
                .toList();
        accessLog.success(AccessEvent.READ, clientId, OBJECT, SENSITIVITY, "wvggz reports=" + rows.size());
        return rows;
    }

    /** Records the decision after the exploratory investigation; the task is done with it. */
    public void decideWvggz(long reportId, long version, WvggzDecision decision, LocalDate on) {
        WvggzReport report = em.find(WvggzReport.class, reportId);
        if (report == null) {
            throw new NotFoundException();
        }
        readable(report.getClientId(), AccessEvent.UPDATE);
        report.checkVersion(version);
        if (decision == null || on == null || on.isBefore(report.getReceivedOn())
                || on.isAfter(LocalDate.now(Times.DISPLAY_ZONE))) {
            throw new CaseloadException("wvggz.decision.invalid");
        }
        report.decide(decision, on);
        Caller caller = scope.requireClientWorker(OBJECT);
        tasks.completeOpen(List.of(TaskKind.WVGGZ_EXPLORATION), reportId, Times.nowUtc(), caller.loginName(),
                decision.name());
        Persistence.flush(em);
        accessLog.success(AccessEvent.UPDATE, report.getClientId(), OBJECT, SENSITIVITY,
                "wvggz decided; report=" + reportId + "; " + decision);
    }

    /**
     * Expiring or overdue measures of the clients the caller is responsible for, and for a team
     * lead of the whole team. Parameters: ?1 today, ?2 last day of the window, ?3 worker, ?4 team.
     */
    private Query expiringQuery(Caller caller, LocalDate today, String select, String order) {
        boolean lead = caller.has(Role.TEAM_LEAD);
        return em.createNativeQuery(select + """
                FROM coercion_measure m JOIN measure_type t ON t.id = m.measure_type_id
                JOIN client c ON c.id = m.client_id LEFT JOIN worker r ON r.id = c.responsible_worker_id
                WHERE c.voided = FALSE AND\s""" + MeasureConditions.expiringOrOverdue("?1", "?2")
                + (lead ? " AND (c.area_team_id = ?4 OR r.id = ?3)" : " AND r.id = ?3") + order)
                .setParameter(1, today)
                .setParameter(2, today.plusDays(settings.get(SettingKey.MEASURE_EXPIRY_WINDOW_DAYS)))
                .setParameter(3, caller.workerId())
                .setParameter(4, lead ? caller.teamId() : null);
    }

    private void closeExpiryTasks(long measureId, String note) {
        Caller caller = scope.requireClientWorker(OBJECT);
        tasks.completeOpen(EXPIRY_TASKS, measureId, Times.nowUtc(), caller.loginName(), note);
    }

    /** The client, if the caller may read its measures; otherwise the attempt is logged and refused. */
    private Client readable(long clientId, AccessEvent event) {
        Client client = scope.require(clientId, event, OBJECT);
        Caller caller = scope.requireClientWorker(OBJECT);
        if (!ClientScope.mayReadMeasures(caller, client)) {
            scope.requireNotHandedOverBy(caller, client);
            accessLog.denied(event, clientId, OBJECT, "measures: not the assigned caseworker or the team lead");
            throw new AccessDeniedException();
        }
        return client;
    }

    private CoercionMeasure readableMeasure(long measureId, AccessEvent event) {
        CoercionMeasure measure = em.find(CoercionMeasure.class, measureId);
        if (measure == null || measure.isVoided()) {
            throw new NotFoundException();
        }
        readable(measure.getClientId(), event);
        return measure;
    }

    /**
     * A document a measure may point at: one of the same client's, not voided. Any other id, whether
     * it does not exist or is another client's, gets the same answer.
     */
    private void requireDocumentOf(long clientId, Long documentId) {
        if (documentId == null) {
            return;
        }
        ClientDocument document = em.find(ClientDocument.class, documentId);
        if (document == null || document.isVoided() || document.getClientId() != clientId) {
            throw new CaseloadException("measure.verifiedDocument.invalid");
        }
    }

    /** The titles of the documents these measures were checked against, voided ones left out. */
    private Map<Long, String> documentTitles(List<CoercionMeasure> measures) {
        List<Long> ids = measures.stream().map(CoercionMeasure::getVerifiedDocumentId).filter(Objects::nonNull)
                .distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT d FROM ClientDocument d WHERE d.id IN :ids AND d.voided = FALSE",
                ClientDocument.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(ClientDocument::getId, ClientDocument::getTitle));
    }

    private MeasureType type(long typeId) {
        MeasureType type = em.find(MeasureType.class, typeId);
        if (type == null || !type.isActive()) {
            throw new NotFoundException();
        }
        return type;
    }

    private static LegalGround defaultGround(MeasureType type, LegalGround fallback) {
        if (type.getCode().startsWith("WVGGZ")) {
            return LegalGround.WVGGZ;
        }
        return type.getCode().startsWith("WZD") ? LegalGround.WZD : fallback;
    }

    private static MeasureForm trimmed(MeasureForm form) {
        form.setLegalBasis(form.getLegalBasis().strip());
        form.setDecidingAuthority(form.getDecidingAuthority().strip());
        form.setExecutingOrganisation(Text.blankToNull(form.getExecutingOrganisation()));
        form.setConditions(Text.blankToNull(form.getConditions()));
        return form;
    }

    private static MeasureRules.Period period(CoercionMeasure m, List<CoercionMeasure> all) {
        boolean extended = all.stream().anyMatch(x -> m.getId().equals(x.getExtendsMeasureId()));
        LocalDate end = m.getOutcomeDate() != null && m.getOutcomeDate().isBefore(m.getEndDate()) ? m.getOutcomeDate()
                : m.getEndDate();
        return new MeasureRules.Period(m.getId(), m.getType().getId(), m.getStartDate(), end, m.getOutcome(), extended);
    }

    private static MeasureRow toRow(CoercionMeasure m, Map<Long, CoercionMeasure> byId, boolean extended,
            LocalDate today, int window, Map<Long, String> documentTitles) {
        int position = 1;
        for (Long previous = m.getExtendsMeasureId(); previous != null && byId.containsKey(previous);
                previous = byId.get(previous).getExtendsMeasureId()) {
            position++;
        }
        String documentTitle = m.getVerifiedDocumentId() == null ? null : documentTitles.get(m.getVerifiedDocumentId());
        return new MeasureRow(m.getId(), m.getVersion(), m.getType().getName(), m.getKind(), m.getLegalBasis(),
                m.getDecidingAuthority(), m.getExecutingOrganisation(), m.getDecisionDate(), m.getStartDate(),
                m.getEndDate(), m.getReviewDate(), m.getConditions(), m.isTreatmentObligation(), m.isSubstanceBan(),
                m.isLocationBan(), m.isContactBan(), m.getLearnedVia(), m.isVerified(), m.getExtendsMeasureId(),
                m.getOutcome(), m.getOutcomeDate(), m.getOutcomeNote(),
                MeasureRules.expiryStatus(m.getEndDate(), m.getOutcome(), extended, today, window), position,
                documentTitle == null ? null : m.getVerifiedDocumentId(), documentTitle);
    }
}
