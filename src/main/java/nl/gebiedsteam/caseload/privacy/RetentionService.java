package nl.gebiedsteam.caseload.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.client.ClientName;
import nl.gebiedsteam.caseload.document.DocumentBytes;
import nl.gebiedsteam.caseload.security.CurrentCaller;
import nl.gebiedsteam.caseload.shared.AccessDeniedException;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.OutOfScopeException;
import nl.gebiedsteam.caseload.shared.SettingKey;
import nl.gebiedsteam.caseload.shared.Settings;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.Caller;
import nl.gebiedsteam.caseload.shared.identity.Role;

/**
 * Retention (DOMAIN.md rule 10): the destruction list and its approval. A file is on the list when
 * every pathway of the client is closed and the last closure, and every later signal, measure,
 * contact, Wvggz report, referral, consent and journal note, lies more than the retention term in the
 * past, and no task is open. Approving anonymises the files the privacy officer
 * ticked, in one transaction, each with a {@code destruction} record and an access-log line.
 */
@Stateless
@RolesAllowed(Role.PRIVACY_OFFICER_NAME)
public class RetentionService {

    static final String OBJECT = "retention";
    static final int MAX_LIST = 500;

    /** Parameter 1: the cut-off date (today minus the term); parameter 2: one team, or null for all. */
    private static final String CANDIDATES = "SELECT c.id, " + ClientName.SQL + """
            , c.date_of_birth, t.name, MAX(p.end_date), dp.proposed_by, dp.confirmed_by
            FROM client c JOIN area_team t ON t.id = c.area_team_id
            JOIN pathway p ON p.client_id = c.id AND p.voided = FALSE
            LEFT JOIN destruction_proposal dp ON dp.client_id = c.id
            WHERE c.anonymised_at IS NULL AND (?2 IS NULL OR c.area_team_id = ?2)
            AND NOT EXISTS (SELECT 1 FROM signal_report s WHERE s.client_id = c.id AND s.received_local >= ?1)
            AND NOT EXISTS (SELECT 1 FROM coercion_measure m WHERE m.client_id = c.id AND m.end_date >= ?1)
            AND NOT EXISTS (SELECT 1 FROM client_contact k WHERE k.client_id = c.id AND k.occurred_local >= ?1)
            AND NOT EXISTS (SELECT 1 FROM wvggz_report w WHERE w.client_id = c.id
                AND (w.received_on >= ?1 OR w.decided_on >= ?1))
            AND NOT EXISTS (SELECT 1 FROM referral r WHERE r.client_id = c.id AND r.voided = FALSE
                AND (r.referred_on >= ?1 OR r.status IN ('IN_PROGRESS', 'ACCEPTED')))
            AND NOT EXISTS (SELECT 1 FROM consent g WHERE g.client_id = c.id
                AND (g.given_on >= ?1 OR g.withdrawn_on >= ?1))
            AND NOT EXISTS (SELECT 1 FROM task o WHERE o.client_id = c.id AND o.status = 'OPEN')
            AND NOT EXISTS (SELECT 1 FROM journal_note n WHERE n.client_id = c.id AND n.voided = FALSE
                AND n.written_on >= ?1)
            GROUP BY c.id, c.given_names, c.surname_prefix, c.surname, c.date_of_birth, t.name, dp.proposed_by,
                dp.confirmed_by
            HAVING SUM(p.status <> 'CLOSED' OR p.end_date IS NULL) = 0 AND MAX(p.end_date) < ?1
            ORDER BY MAX(p.end_date), c.id""";

    @PersistenceContext
    EntityManager em;

    @Inject
    DocumentBytes documentBytes;

    @Inject
    AccessLog accessLog;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Settings settings;

    public int retentionYears() {
        return settings.get(SettingKey.RETENTION_YEARS);
    }

    /** The destruction list, oldest closure first; reading it is logged with the clients shown. */
    public List<RetentionCandidate> destructionList() {
        List<RetentionCandidate> list = candidates(MAX_LIST, null);
        accessLog.listed(AccessEvent.SEARCH, OBJECT, null, "destruction list; term=" + retentionYears()
                + " years; rows=" + list.size(), list.stream().map(RetentionCandidate::clientId).toList());
        return list;
    }

    /**
     * Puts the chosen files before the team lead of each file's team, the second person a
     * destruction needs. A file already put before them stays as it is.
     */
    public int propose(Collection<Long> clientIds) {
        Caller caller = currentCaller.require();
        Set<Long> chosen = chosen(clientIds);
        Set<Long> onList = candidates(Integer.MAX_VALUE, null).stream().map(RetentionCandidate::clientId)
                .collect(Collectors.toSet());
        if (!onList.containsAll(chosen)) {
            throw new CaseloadException("retention.notOnList");
        }
        int proposed = 0;
        for (Long clientId : chosen) {
            int added = em.createNativeQuery("""
                    INSERT IGNORE INTO destruction_proposal (client_id, proposed_by, proposed_at) VALUES (?1, ?2, ?3)""")
                    .setParameter(1, clientId).setParameter(2, caller.loginName()).setParameter(3, Times.nowUtc())
                    .executeUpdate();
            if (added == 1) {
                accessLog.success(AccessEvent.UPDATE, clientId, OBJECT, "destruction put before the team lead");
                proposed++;
            }
        }
        return proposed;
    }

    /** The files of the team lead's own team that wait for their confirmation; the read is logged. */
    @RolesAllowed(Role.TEAM_LEAD_NAME)
    public List<RetentionCandidate> awaitingConfirmation() {
        Caller lead = teamLead();
        List<RetentionCandidate> list = candidates(MAX_LIST, lead.teamId()).stream()
                .filter(c -> c.proposedBy() != null && !c.isConfirmed()).toList();
        accessLog.listed(AccessEvent.SEARCH, OBJECT, null, "destructions to confirm; rows=" + list.size(),
                list.stream().map(RetentionCandidate::clientId).toList());
        return list;
    }

    /**
     * The team lead of the file's team confirms its destruction. Only a file the privacy officer
     * put before them, still on the list; never by the one who put it there.
     */
    @RolesAllowed(Role.TEAM_LEAD_NAME)
    public void confirm(long clientId) {
        Caller lead = teamLead();
        RetentionCandidate file = candidates(Integer.MAX_VALUE, lead.teamId()).stream()
                .filter(c -> c.clientId() == clientId && c.proposedBy() != null).findFirst().orElse(null);
        if (file == null) {
            accessLog.denied(AccessEvent.UPDATE, clientId, OBJECT, "confirm a destruction not put before this team lead");
            throw new OutOfScopeException();
        }
        if (file.proposedBy().equals(lead.loginName())) {
            accessLog.denied(AccessEvent.UPDATE, clientId, OBJECT, "confirm one's own destruction proposal");
            throw new CaseloadException("retention.ownProposal");
        }
        em.createNativeQuery("""
                UPDATE destruction_proposal SET confirmed_by = ?1, confirmed_at = ?2
                WHERE client_id = ?3 AND confirmed_by IS NULL""").setParameter(1, lead.loginName())
                .setParameter(2, Times.nowUtc()).setParameter(3, clientId).executeUpdate();
        accessLog.success(AccessEvent.UPDATE, clientId, OBJECT, "destruction confirmed by the team lead");
    }

    /**
     * Anonymises the chosen files. Every id must still be on the list at this moment (a file
     * reopened since the list was shown is refused, and nothing is destroyed), and confirmed by
     * the team lead of its team.
     */
    public int approve(Collection<Long> clientIds) {
        Caller caller = currentCaller.require();
        Set<Long> chosen = chosen(clientIds);
        // the clients' rows are locked first, so no edit slips in between the check and the clearing
        chosen.forEach(id -> em.createNativeQuery("SELECT id FROM client WHERE id = ?1 FOR UPDATE").setParameter(1, id)
                .getResultList());
        Map<Long, RetentionCandidate> onList = candidates(Integer.MAX_VALUE, null).stream()
                .collect(Collectors.toMap(RetentionCandidate::clientId, Function.identity()));
        if (!onList.keySet().containsAll(chosen)) {
            throw new CaseloadException("retention.notOnList");
        }
        if (chosen.stream().anyMatch(id -> !onList.get(id).isConfirmed())) {
            throw new CaseloadException("retention.notConfirmed");
        }
        for (Long clientId : chosen) {
            documentBytes.removeFilesOnCommit(clientId);
            int cleared = 0;
            for (String statement : Anonymisation.STATEMENTS) {
                cleared += em.createNativeQuery(statement).setParameter(1, clientId).executeUpdate();
            }
            em.createNativeQuery(Anonymisation.MARK).setParameter(1, clientId).setParameter(2, Times.nowUtc())
                    .setParameter(3, caller.loginName()).executeUpdate();
            RetentionCandidate candidate = onList.get(clientId);
            em.createNativeQuery("""
                    INSERT INTO destruction (client_id, area_team_id, last_closed_on, retention_years,
                    approved_by, approved_at, records_cleared) SELECT id, area_team_id, ?2, ?3, ?4, ?5, ?6
                    FROM client WHERE id = ?1""").setParameter(1, clientId).setParameter(2, candidate.lastClosedOn())
                    .setParameter(3, retentionYears()).setParameter(4, caller.loginName())
                    .setParameter(5, Times.nowUtc()).setParameter(6, cleared).executeUpdate();
            accessLog.success(AccessEvent.VOID, clientId, OBJECT, "destroyed after the retention term: anonymised, "
                    + "counts kept; last closed on " + candidate.lastClosedOn() + "; records cleared=" + cleared);
        }
        return chosen.size();
    }

    private static Set<Long> chosen(Collection<Long> clientIds) {
        Set<Long> chosen = new LinkedHashSet<>(clientIds);
        if (chosen.isEmpty()) {
            throw new CaseloadException("retention.nothingChosen");
        }
        return chosen;
    }

    private Caller teamLead() {
        Caller caller = currentCaller.require();
        if (caller.teamId() == null || !caller.has(Role.TEAM_LEAD)) {
            accessLog.denied(AccessEvent.ACCESS_DENIED, null, OBJECT, "team lead with a team required");
            throw new AccessDeniedException();
        }
        return caller;
    }

    private List<RetentionCandidate> candidates(int limit, Long teamId) {
        LocalDate cutOff = LocalDate.now(Times.DISPLAY_ZONE).minusYears(retentionYears());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(CANDIDATES).setParameter(1, cutOff).setParameter(2, teamId)
                .setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new RetentionCandidate(((Number) r[0]).longValue(), (String) r[1],
                Times.dateColumn(r[2]), (String) r[3], Times.dateColumn(r[4]), (String) r[5], (String) r[6])).toList();
    }
}
