package nl.gebiedsteam.caseload.casefile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.client.Client;
import nl.gebiedsteam.caseload.client.ClientScope;
import nl.gebiedsteam.caseload.security.CurrentCaller;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.Caller;
import nl.gebiedsteam.caseload.shared.identity.Role;

/**
 * The client's timeline: signals, pathway transitions and approvals, intakes, plan versions,
 * contacts, referrals, journal notes and documents merged newest first, filtered by kind and paged
 * in the database (one UNION ALL query per page plus one count). Audit instants are UTC and shifted to Dutch time with
 * today's offset; across a daylight-saving change that can misplace an event by an hour against
 * a wall-clock entry of the same day, which the order of a timeline tolerates.
 * Health and justice data (substance profile, measures) are deliberately not on it: they are
 * separate objects in the access log. A document that belongs to a measure is on it only for those
 * who may read measures, as a restricted journal note is only for its readers.
 */
@Stateless
@RolesAllowed({Role.CASEWORKER_NAME, Role.TEAM_LEAD_NAME})
public class TimelineService {

    static final String OBJECT = "timeline";
    private static final String COLUMNS = "kind, moment, ref_id, code1, code2, code3, number1, text1, text2, actor";
    private static final Map<TimelineKind, String> PARTS = new EnumMap<>(TimelineKind.class);

    static {
        part(TimelineKind.SIGNAL, "s.received_local", "s.id", "s.source", "s.concern_level", "NULL", "NULL", "s.summary",
                "NULL", "s.created_by", "signal_report s WHERE s.client_id = ?1 AND s.voided = FALSE");
        part(TimelineKind.TRANSITION, "DATE_ADD(t.occurred_at, INTERVAL ?2 MINUTE)", "t.id", "t.kind", "t.from_status",
                "t.to_status", "NULL", "t.comment", "NULL", "t.worker_login",
                "pathway_transition t JOIN pathway p ON p.id = t.pathway_id WHERE p.client_id = ?1 AND p.voided = FALSE");
        part(TimelineKind.INTAKE, "CAST(i.intake_date AS DATETIME)", "i.id", "NULL", "NULL", "NULL", "NULL", "i.place",
                "i.notes", "i.created_by",
                "intake i JOIN pathway p ON p.id = i.pathway_id WHERE p.client_id = ?1 AND p.voided = FALSE");
        part(TimelineKind.PLAN, "DATE_ADD(sp.created_at, INTERVAL ?2 MINUTE)", "sp.id", "sp.status", "NULL", "NULL",
                "sp.plan_number", "sp.summary", "NULL", "sp.created_by",
                "support_plan sp JOIN pathway p ON p.id = sp.pathway_id WHERE p.client_id = ?1 AND p.voided = FALSE");
        part(TimelineKind.CONTACT, "c.occurred_local", "c.id", "c.kind", "NULL", "NULL", "c.duration_minutes", "c.note",
                "NULL", "c.created_by", "client_contact c WHERE c.client_id = ?1 AND c.voided = FALSE");
        part(TimelineKind.REFERRAL, "CAST(r.referred_on AS DATETIME)", "r.id", "r.status", "NULL", "NULL", "NULL",
                "pr.name", "r.note", "r.created_by", """
                referral r JOIN referral_provider pr ON pr.id = r.provider_id
                WHERE r.client_id = ?1 AND r.voided = FALSE""");
        // ?5: 1 when the reader may read restricted notes (the responsible caseworker, the team lead)
        part(TimelineKind.NOTE, "CAST(n.written_on AS DATETIME)", "n.id", "n.level", "NULL", "NULL", "NULL", "n.text",
                "NULL", "n.created_by", """
                journal_note n WHERE n.client_id = ?1 AND n.voided = FALSE AND (n.level = 'TEAM' OR ?5 = 1)""");
        // ?6: 1 when the reader may read measures; a measure's document is justice data like the measure
        part(TimelineKind.DOCUMENT, "CAST(d.document_date AS DATETIME)", "d.id", "d.kind", "NULL", "NULL", "NULL",
                "d.title", "d.file_name", "d.created_by", """
                client_document d WHERE d.client_id = ?1 AND d.voided = FALSE AND (d.measure_id IS NULL OR ?6 = 1)""");
    }

    /** Every part names its columns, because with a kind filter any part can come first in the union. */
    private static void part(TimelineKind kind, String... expressions) {
        String[] names = COLUMNS.split(", ");
        StringBuilder sql = new StringBuilder("SELECT '").append(kind.name()).append("' AS kind");
        for (int i = 1; i < names.length; i++) {
            sql.append(", ").append(expressions[i - 1]).append(" AS ").append(names[i]);
        }
        PARTS.put(kind, sql.append(" FROM ").append(expressions[names.length - 1]).toString());
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientScope scope;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AccessLog accessLog;

    /** One page of the timeline, newest first; an empty kind set means all kinds. */
    public List<TimelineEntry> page(long clientId, Set<TimelineKind> kinds, int first, int pageSize) {
        Client client = scope.require(clientId, AccessEvent.READ, OBJECT);
        Query query = em.createNativeQuery("SELECT " + COLUMNS + " FROM (" + union(kinds) + """
                ) x
                ORDER BY moment DESC, kind, ref_id DESC LIMIT ?3 OFFSET ?4""");
        bind(query, client);
        query.setParameter(3, Math.min(Math.max(pageSize, 1), 100));
        query.setParameter(4, Math.max(first, 0));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<TimelineEntry> entries = rows.stream().map(TimelineService::toEntry).toList();
        accessLog.success(AccessEvent.READ, clientId, OBJECT, "kinds=" + describe(kinds) + "; rows=" + entries.size());
        return entries;
    }

    public long count(long clientId, Set<TimelineKind> kinds) {
        Client client = scope.require(clientId, AccessEvent.READ, OBJECT);
        Query query = em.createNativeQuery("SELECT COUNT(*) FROM (" + union(kinds) + ") x");
        bind(query, client);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String union(Set<TimelineKind> kinds) {
        Set<TimelineKind> chosen = kinds == null || kinds.isEmpty() ? EnumSet.allOf(TimelineKind.class) : kinds;
        return chosen.stream().sorted().map(PARTS::get).collect(Collectors.joining(" UNION ALL "));
    }

    private void bind(Query query, Client client) {
        query.setParameter(1, client.getId());
        query.setParameter(2, Times.DISPLAY_ZONE.getRules().getOffset(Instant.now()).getTotalSeconds() / 60);
        Caller caller = currentCaller.require();
        query.setParameter(5, ClientScope.mayReadRestrictedNotes(caller, client) ? 1 : 0);
        query.setParameter(6, ClientScope.mayReadMeasures(caller, client) ? 1 : 0);
    }

    private static String describe(Set<TimelineKind> kinds) {
        return kinds == null || kinds.isEmpty() ? "all" : kinds.stream().sorted().map(Enum::name)
                .collect(Collectors.joining(","));
    }

    private static TimelineEntry toEntry(Object[] row) {
        return new TimelineEntry(TimelineKind.valueOf((String) row[0]), toLocal(row[1]), ((Number) row[2]).longValue(),
                (String) row[3], (String) row[4], (String) row[5], row[6] == null ? null : ((Number) row[6]).intValue(),
                (String) row[7], (String) row[8], (String) row[9]);
    }

    private static LocalDateTime toLocal(Object value) {
        if (value instanceof LocalDateTime local) {
            return local;
        }
        return value == null ? null : ((Timestamp) value).toLocalDateTime();
    }
}
