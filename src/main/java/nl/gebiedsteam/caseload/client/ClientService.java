package nl.gebiedsteam.caseload.client;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.audit.AccessLogQuery;
import nl.gebiedsteam.caseload.audit.SearchTerms;
import nl.gebiedsteam.caseload.security.AccessRules;
import nl.gebiedsteam.caseload.security.CurrentCaller;
import nl.gebiedsteam.caseload.shared.AccessDeniedException;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.Option;
import nl.gebiedsteam.caseload.shared.Persistence;
import nl.gebiedsteam.caseload.shared.Text;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.Caller;
import nl.gebiedsteam.caseload.shared.identity.Role;
import nl.gebiedsteam.caseload.worker.AreaTeam;
import nl.gebiedsteam.caseload.worker.Worker;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Registering, reading, changing and voiding clients. Every method checks the caller's scope
 * itself and writes the access log; a refusal is logged with outcome DENIED before it is thrown.
 */
@Stateless
@RolesAllowed({Role.CASEWORKER_NAME, Role.TEAM_LEAD_NAME})
public class ClientService {

    static final String OBJECT = "client";
    static final int VOID_REASON_MIN = 5;

    /** Sortable list columns and the JPQL they sort by; anything else sorts by name. */
    private static final Map<String, String> SORTS = Map.of(
            "name", "c.surname %1$s, c.givenNames %1$s, c.id %1$s",
            "dateOfBirth", "c.dateOfBirth %1$s, c.id %1$s",
            "status", "c.status %1$s, c.id %1$s",
            "responsible", "r.displayName %1$s, c.id %1$s",
            "bsn", "c.bsn %1$s, c.id %1$s");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AccessLog accessLog;

    @Inject
    SearchTerms searchTerms;

    @Inject
    ClientScope scope;

    @Inject
    Reassignment reassignment;

    @Inject
    @ConfigProperty(name = "caseload.duplicate-check.bsn-per-10-minutes", defaultValue = "40")
    int bsnProbesPer10Minutes;

    @Inject
    @ConfigProperty(name = "caseload.duplicate-check.name-per-10-minutes", defaultValue = "40")
    int nameProbesPer10Minutes;

    /** How duplicate checks are written in the access log (the throttle counts the two kinds of probe). */
    static final String DUPLICATE_CHECK = "duplicate check";
    static final String BSN_PROBE = "duplicate check with BSN";
    static final String NAME_PROBE = "duplicate check with name and date of birth";
    /** The check inside a registration: a person is registered, not looked up, so it is not counted. */
    static final String REGISTRATION_CHECK = "duplicate check at registration";

    /** A blank registration form: the caller's own team, the caller as responsible caseworker. */
    public ClientForm newForm() {
        Caller caller = requireClientWorker();
        ClientForm form = new ClientForm();
        form.setTeamId(caller.teamId());
        form.setResponsibleId(caller.workerId());
        form.setPurpose(Purpose.ADDICTION_SUPPORT);
        form.setLegalGround(LegalGround.WMO_2015);
        return form;
    }

    /**
     * People who may be the one being registered: the same BSN anywhere (which blocks saving), or
     * the same name and date of birth. Outside the caller's scope only team and contact are told.
     */
    public List<DuplicateHint> findPossibleDuplicates(ClientForm form) {
        Caller caller = requireClientWorker();
        switch (probeKind(form)) {
            case BSN_PROBE -> throttle(caller, BSN_PROBE, bsnProbesPer10Minutes);
            case NAME_PROBE -> throttle(caller, NAME_PROBE, nameProbesPer10Minutes);
            default -> {
                // nothing to look a person up by yet
            }
        }
        return possibleDuplicates(caller, form, probeKind(form));
    }

    private List<DuplicateHint> possibleDuplicates(Caller caller, ClientForm form, String kind) {
        Map<Long, DuplicateHint> hints = new LinkedHashMap<>();
        String bsn = Bsn.normalise(form.getBsn());
        if (bsn != null) {
            em.createNamedQuery("Client.findByBsn", Client.class).setParameter("bsn", bsn).getResultStream()
                    .filter(c -> !Objects.equals(c.getId(), form.getId()))
                    .forEach(c -> hints.put(c.getId(), hint(caller, c, true)));
        }
        if (hasNameAndBirth(form)) {
            em.createNamedQuery("Client.findByNameAndBirth", Client.class)
                    .setParameter("surname", form.getSurname().trim())
                    .setParameter("givenNames", form.getGivenNames().trim())
                    .setParameter("dateOfBirth", form.getDateOfBirth())
                    .getResultStream()
                    .filter(c -> !Objects.equals(c.getId(), form.getId()))
                    .forEach(c -> hints.putIfAbsent(c.getId(), hint(caller, c, false)));
        }
        accessLog.success(AccessEvent.SEARCH, null, OBJECT, kind + "; matches=" + hints.size());
        // every person found is logged under their own id: their log shows who probed for them
        // a hit outside the caller's scope is a cross-team lookup, which the privacy officer reviews
        hints.forEach((id, hint) -> accessLog.success(AccessEvent.SEARCH, id, hint.isVisible() ? OBJECT
                : AccessLogQuery.CROSS_TEAM_OBJECT,
                "found by duplicate check (" + (hint.sameBsn() ? "same BSN" : "same name and date of birth")
                        + (hint.isVisible() ? ")" : "; outside the caller's team: only team and contact shown)")));
        return new ArrayList<>(hints.values());
    }

    private static String probeKind(ClientForm form) {
        return Bsn.normalise(form.getBsn()) != null ? BSN_PROBE : hasNameAndBirth(form) ? NAME_PROBE : DUPLICATE_CHECK;
    }

    private static boolean hasNameAndBirth(ClientForm form) {
        return form.getSurname() != null && form.getGivenNames() != null && form.getDateOfBirth() != null;
    }

    /**
     * A BSN, or a name with a date of birth, typed into the duplicate check tells whether that
     * person is known anywhere in the municipality. Interactive probes (not the check inside a
     * registration) are logged and limited per worker and kind
     * ({@code caseload.duplicate-check.bsn-per-10-minutes}, {@code ...name-per-10-minutes}), counted
     * from the access log so the limit holds across nodes.
     */
    private void throttle(Caller caller, String probe, int limit) {
        long recent = em.createQuery("""
                SELECT COUNT(a) FROM AccessLogEntry a WHERE a.workerId = :worker
                AND a.occurredAt > :since AND a.event = :event AND a.detail LIKE :probe""", Long.class)
                .setParameter("worker", caller.workerId()).setParameter("since", Times.nowUtc().minusMinutes(10))
                .setParameter("event", AccessEvent.SEARCH).setParameter("probe", probe + ";%")
                .getSingleResult();
        if (recent >= limit) {
            accessLog.denied(AccessEvent.SEARCH, null, OBJECT, probe + " refused: " + recent + " in the last 10 minutes");
            throw new CaseloadException("client.duplicate.throttled");
        }
    }

    /**
     * Registers a client in the caller's own team. A BSN already on file is refused (the database constraint backs this
     * up against a parallel registration); a name-and-birth match must have been confirmed.
     */
    public long register(ClientForm form, boolean duplicatesConfirmed) {
        Caller caller = requireClientWorker();
        if (!form.isNew()) {
            throw new IllegalArgumentException("register takes a new client");
        }
        List<DuplicateHint> duplicates = possibleDuplicates(caller, form, REGISTRATION_CHECK);
        if (duplicates.stream().anyMatch(DuplicateHint::sameBsn)) {
            throw new CaseloadException("client.bsn.duplicate");
        }
        if (!duplicates.isEmpty() && !duplicatesConfirmed) {
            throw new CaseloadException("client.duplicate.unconfirmed");
        }
        Long teamId = form.getTeamId() == null ? caller.teamId() : form.getTeamId();
        if (teamId == null || !teamId.equals(caller.teamId())) {
            // a client starts in the registering worker's own team; another team's caseload is a transfer
            accessLog.denied(AccessEvent.CREATE, null, OBJECT, "register in another team; team=" + teamId);
            throw new AccessDeniedException();
        }
        AreaTeam team = em.find(AreaTeam.class, teamId);
        if (team == null || !team.isActive()) {
            throw new CaseloadException("client.team.invalid");
        }
        Client client = new Client();
        client.setTeam(team);
        copyPersonalData(form, client);
        client.setResponsible(responsibleIn(team.getId(), form.getResponsibleId()));
        em.persist(client);
        Persistence.flush(em, "client.bsn.duplicate");
        accessLog.success(AccessEvent.CREATE, client.getId(), OBJECT, "team=" + team.getId());
        return client.getId();
    }

    /** The file header; logged as a read. */
    public ClientFile view(long id) {
        Client client = accessible(id, AccessEvent.READ);
        accessLog.success(AccessEvent.READ, id, OBJECT, null);
        return toFile(client);
    }

    /** The values for the edit page, with the version they were read at; logged as a read. */
    public ClientForm loadForEdit(long id) {
        Client client = accessible(id, AccessEvent.READ);
        accessLog.success(AccessEvent.READ, id, OBJECT, "for edit");
        ClientForm form = new ClientForm();
        form.setId(client.getId());
        form.setVersion(client.getVersion());
        form.setGivenNames(client.getGivenNames());
        form.setSurnamePrefix(client.getSurnamePrefix());
        form.setSurname(client.getSurname());
        form.setDateOfBirth(client.getDateOfBirth());
        form.setGender(client.getGender());
        form.setPostcode(client.getPostcode());
        form.setArea(client.getArea());
        form.setBsn(client.getBsn());
        form.setPhone(client.getPhone());
        form.setTeamId(client.getTeam().getId());
        form.setResponsibleId(client.getResponsible() == null ? null : client.getResponsible().getId());
        form.setPurpose(client.getPurpose());
        form.setLegalGround(client.getLegalGround());
        return form;
    }

    /**
     * Saves changes made on the edit page. Refused with the name of the other editor when the
     * record changed since {@code form.getVersion()}; the team is not changed here (that is a
     * transfer) and only a team lead may change the responsible caseworker.
     */
    public long update(ClientForm form) {
        Caller caller = requireClientWorker();
        Client client = accessible(form.getId(), AccessEvent.UPDATE);
        client.checkVersion(form.getVersion());
        String bsn = Bsn.normalise(form.getBsn());
        if (bsn != null && !bsn.equals(client.getBsn())
                && !em.createNamedQuery("Client.findByBsn", Client.class).setParameter("bsn", bsn)
                        .getResultList().isEmpty()) {
            throw new CaseloadException("client.bsn.duplicate");
        }
        Long currentResponsible = client.getResponsible() == null ? null : client.getResponsible().getId();
        if (!Objects.equals(currentResponsible, form.getResponsibleId())) {
            if (!AccessRules.mayReassign(caller, client.getTeam().getId())) {
                accessLog.denied(AccessEvent.UPDATE, client.getId(), OBJECT, "reassign without team-lead role");
                throw new AccessDeniedException();
            }
            if (form.getResponsibleId() == null) {
                throw new CaseloadException("reassign.target.invalid");
            }
            // the one reassignment of the overview: client, open pathway and open tasks, with its record
            reassignment.reassign(List.of(client.getId()), form.getResponsibleId(), form.getReassignReason(),
                    form.getHandover());
        }
        copyPersonalData(form, client);
        Persistence.flush(em, "client.bsn.duplicate");
        accessLog.success(AccessEvent.UPDATE, client.getId(), OBJECT, null);
        return client.getVersion();
    }

    /** Voids (never deletes) a client; the record stays for the log and for retention. */
    public void voidClient(long id, long version, String reason) {
        Caller caller = requireClientWorker();
        Client client = accessible(id, AccessEvent.VOID);
        if (reason == null || reason.strip().length() < VOID_REASON_MIN) {
            throw new CaseloadException("client.void.reasonRequired");
        }
        client.checkVersion(version);
        client.markVoided(Times.nowUtc(), caller.loginName(), reason.strip());
        Persistence.flush(em, "client.bsn.duplicate");
        // the reason stays with the client record; the log, which is never changed, holds no free text
        accessLog.success(AccessEvent.VOID, id, OBJECT, "voided");
    }

    /** One page of the caller's scoped client list, filtered and sorted in the database. */
    public List<ClientRow> search(ClientFilter filter, int first, int pageSize, String sortField, boolean ascending) {
        Caller caller = requireClientWorker();
        Map<String, Object> parameters = new HashMap<>();
        String where = where(caller, filter, parameters);
        // Map.of refuses a null key: no sort column chosen means by name
        String order = String.format(SORTS.getOrDefault(sortField == null ? "name" : sortField, SORTS.get("name")),
                ascending ? "ASC" : "DESC");
        TypedQuery<ClientRow> query = em.createQuery("""
                SELECT NEW nl.gebiedsteam.caseload.client.ClientRow(c.id,
                c.givenNames, c.surnamePrefix, c.surname, c.dateOfBirth, c.bsn, c.status, r.displayName)
                FROM Client c LEFT JOIN c.responsible r WHERE\s""" + where + " ORDER BY " + order, ClientRow.class);
        parameters.forEach(query::setParameter);
        List<ClientRow> rows = query.setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(pageSize, 1), 100)).getResultList();
        accessLog.listed(AccessEvent.SEARCH, OBJECT, null, filter.describe(searchTerms) + "; rows=" + rows.size(),
                rows.stream().map(ClientRow::id).toList());
        return rows;
    }

    public long count(ClientFilter filter) {
        Caller caller = requireClientWorker();
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(c) FROM Client c LEFT JOIN c.responsible r WHERE "
                + where(caller, filter, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The client's open flags (combined observations, and later expiring measures). */
    public List<FlagView> openFlags(long clientId) {
        accessible(clientId, AccessEvent.READ);
        return em.createNamedQuery("ClientFlag.findOpenByClient", ClientFlag.class).setParameter("clientId", clientId)
                .getResultStream().map(f -> new FlagView(f.getId(), f.getVersion(), f.getKind(), f.getRaisedAt(),
                        f.getDetail())).toList();
    }

    /** Resolves a flag with a note saying what was done about it. */
    public void resolveFlag(long flagId, long version, String note) {
        ClientFlag flag = em.find(ClientFlag.class, flagId);
        if (flag == null || flag.getResolvedAt() != null) {
            throw new NotFoundException();
        }
        Caller caller = requireClientWorker();
        Client client = accessible(flag.getClientId(), AccessEvent.UPDATE);
        boolean aboutMeasures = flag.getKind() == FlagKind.MEASURE_EXPIRING || flag.getKind() == FlagKind.MEASURE_OVERDUE;
        if (aboutMeasures && !ClientScope.mayReadMeasures(caller, client)) {
            accessLog.denied(AccessEvent.UPDATE, client.getId(), "measure", "flag about measures");
            throw new AccessDeniedException();
        }
        if (note == null || note.strip().length() < VOID_REASON_MIN) {
            throw new CaseloadException("flag.resolution.required");
        }
        flag.checkVersion(version);
        flag.resolve(Times.nowUtc(), caller.loginName(), note.strip());
        Persistence.flush(em);
        accessLog.success(AccessEvent.UPDATE, flag.getClientId(), "flag", "resolved " + flag.getKind());
    }

    /** Active teams a client can be registered in. */
    public List<Option> teams() {
        requireClientWorker();
        return em.createNamedQuery("AreaTeam.findActive", AreaTeam.class).getResultStream()
                .map(t -> new Option(t.getId(), t.getName())).toList();
    }

    /** Active caseworkers and team leads of a team: who can be responsible for its clients. */
    public List<Option> responsibleCandidates(long teamId) {
        requireClientWorker();
        return em.createNamedQuery("Worker.findActiveInTeam", Worker.class).setParameter("teamId", teamId)
                .getResultStream()
                .filter(w -> w.hasRole(Role.CASEWORKER) || w.hasRole(Role.TEAM_LEAD))
                .map(w -> new Option(w.getId(), w.getDisplayName())).toList();
    }

    /** Whether the caller may change the responsible caseworker of clients in this team. */
    public boolean mayReassign(long teamId) {
        return AccessRules.mayReassign(requireClientWorker(), teamId);
    }

    private String where(Caller caller, ClientFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("c.voided = FALSE AND c.anonymisedAt IS NULL AND (c.team.id = :scopeTeam OR r.id = :scopeWorker)");
        parameters.put("scopeTeam", caller.teamId());
        parameters.put("scopeWorker", caller.workerId());
        if (filter.getName() != null && !filter.getName().isBlank()) {
            where.append(" AND (LOWER(c.surname) LIKE :name OR LOWER(c.givenNames) LIKE :name"
                    + " OR LOWER(" + ClientName.JPQL_WITHOUT_PREFIX + ") LIKE :name"
                    + " OR LOWER(" + ClientName.JPQL + ") LIKE :name)");
            parameters.put("name", "%" + escapeLike(filter.getName().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        String bsn = Bsn.normalise(filter.getBsn());
        if (bsn != null) {
            where.append(" AND c.bsn = :bsn");
            parameters.put("bsn", bsn);
        }
        if (filter.getDateOfBirth() != null) {
            where.append(" AND c.dateOfBirth = :dateOfBirth");
            parameters.put("dateOfBirth", filter.getDateOfBirth());
        }
        if (filter.getStatus() != null) {
            where.append(" AND c.status = :status");
            parameters.put("status", filter.getStatus());
        }
        if (filter.getResponsibleId() != null) {
            where.append(" AND r.id = :responsible");
            parameters.put("responsible", filter.getResponsibleId());
        }
        return where.toString();
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private Caller requireClientWorker() {
        return scope.requireClientWorker(OBJECT);
    }

    private Client accessible(Long id, AccessEvent event) {
        return scope.require(id, event, OBJECT);
    }

    private Worker responsibleIn(long teamId, Long workerId) {
        if (workerId == null) {
            return null;
        }
        Worker worker = em.find(Worker.class, workerId);
        if (worker == null || !worker.isActive() || worker.getTeam() == null
                || worker.getTeam().getId() != teamId
                || !(worker.hasRole(Role.CASEWORKER) || worker.hasRole(Role.TEAM_LEAD))) {
            throw new CaseloadException("client.responsible.invalid");
        }
        return worker;
    }

    private static void copyPersonalData(ClientForm form, Client client) {
        String bsn = Bsn.normalise(form.getBsn());
        if (bsn != null && !Bsn.isValid(bsn)) {
            throw new CaseloadException("client.bsn.invalid");
        }
        if (!Postcode.isValid(form.getPostcode())) {
            throw new CaseloadException("client.postcode.invalid");
        }
        if (form.getDateOfBirth() == null || !form.getDateOfBirth().isBefore(LocalDate.now(Times.DISPLAY_ZONE))) {
            throw new CaseloadException("client.dateOfBirth.invalid");
        }
        client.setGivenNames(Text.blankToNull(form.getGivenNames()));
        client.setSurnamePrefix(Text.blankToNull(form.getSurnamePrefix()));
        client.setSurname(Text.blankToNull(form.getSurname()));
        client.setDateOfBirth(form.getDateOfBirth());
        client.setGender(form.getGender());
        client.setPostcode(Postcode.normalise(form.getPostcode()));
        client.setArea(Text.blankToNull(form.getArea()));
        client.setBsn(bsn);
        client.setPhone(Text.blankToNull(form.getPhone()));
        client.setPurpose(form.getPurpose());
        client.setLegalGround(form.getLegalGround());
    }

    private static ClientFile toFile(Client c) {
        LocalDate today = LocalDate.now(Times.DISPLAY_ZONE);
        return new ClientFile(c.getId(), c.getVersion(), c.getFullName(), c.getDateOfBirth(), c.ageOn(today),
                c.getGender(), c.getPostcode(), c.getArea(), c.getBsn(), c.getPhone(), c.getTeam().getName(),
                c.getResponsible() == null ? null : c.getResponsible().getDisplayName(), c.getStatus(),
                c.getPurpose(), c.getLegalGround(), c.getCreatedAt(), c.getCreatedBy(), c.getModifiedAt(),
                c.getModifiedBy());
    }

    private DuplicateHint hint(Caller caller, Client c, boolean sameBsn) {
        boolean visible = !c.isVoided() && ClientScope.mayAccess(caller, c);
        String responsibleName = c.getResponsible() == null ? null : c.getResponsible().getDisplayName();
        return new DuplicateHint(visible ? c.getId() : null, visible ? c.getFullName() : null, c.getTeam().getName(),
                responsibleName, sameBsn);
    }
}
