package nl.gebiedsteam.caseload.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.Role;

/**
 * The privacy officer's search of the access log (NEN 7513: who did what to whose file, when,
 * from where, and with what result). Filtered and paged in the database, newest first; every page
 * read is itself a log line, under the searched client when there is one, so a client's own log
 * also shows who looked at it.
 */
@Stateless
@RolesAllowed(Role.PRIVACY_OFFICER_NAME)
public class AccessLogSearchService {

    static final String OBJECT = "access log";
    static final int MAX_PAGE = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessLog accessLog;

    public long count(AccessLogQuery query) {
        Where where = Where.of(query);
        return ((Number) where.bind(em.createNativeQuery("SELECT COUNT(*) FROM access_log a WHERE " + where.sql))
                .getSingleResult()).longValue();
    }

    public List<AccessLogRow> search(AccessLogQuery query, int first, int pageSize) {
        Where where = Where.of(query);
        int limit = Math.min(Math.max(pageSize, 1), MAX_PAGE);
        Query sql = where.bind(em.createNativeQuery("""
                SELECT a.id, a.chain_seq, a.occurred_at, a.event, a.action_code,
                a.outcome, a.worker_login, a.worker_roles, t.name, a.client_id, a.object_type, a.sensitivity,
                a.reason, a.detail, a.client_ip FROM access_log a LEFT JOIN area_team t ON t.id = a.team_id WHERE
                """ + where.sql + " ORDER BY a.id DESC LIMIT " + limit + " OFFSET " + Math.max(first, 0)));
        @SuppressWarnings("unchecked")
        List<Object[]> found = sql.getResultList();
        List<AccessLogRow> rows = found.stream().map(r -> row(r, query.clientId())).toList();
        accessLog.success(AccessEvent.LOG_READ, query.clientId(), OBJECT, query.describe() + "; first=" + first
                + "; rows=" + rows.size());
        return rows;
    }

    private static AccessLogRow row(Object[] r, Long searchedClient) {
        Long clientId = r[9] == null ? null : ((Number) r[9]).longValue();
        return new AccessLogRow(((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).longValue(),
                Times.toDisplay(Times.column(r[2])), AccessEvent.valueOf((String) r[3]), (String) r[4],
                Outcome.valueOf((String) r[5]), (String) r[6], (String) r[7], (String) r[8], clientId, (String) r[10],
                (String) r[11], (String) r[12], (String) r[13], (String) r[14],
                searchedClient != null && !Objects.equals(searchedClient, clientId));
    }

    /** The WHERE clause of a query and its positional parameters, in order. */
    private record Where(String sql, List<Object> parameters) {

        static Where of(AccessLogQuery query) {
            StringBuilder sql = new StringBuilder("1 = 1");
            List<Object> parameters = new ArrayList<>();
            if (query.clientId() != null) {
                sql.append(" AND (a.client_id = ?").append(parameters.size() + 1)
                        .append(" OR a.id IN (SELECT s.access_log_id FROM access_log_shown s WHERE s.client_id = ?")
                        .append(parameters.size() + 1).append("))");
                parameters.add(query.clientId());
            }
            equal(sql, parameters, "a.worker_login", blankToNull(query.workerLogin()));
            equal(sql, parameters, "a.event", query.event() == null ? null : query.event().name());
            equal(sql, parameters, "a.outcome", query.outcome() == null ? null : query.outcome().name());
            equal(sql, parameters, "a.sensitivity", blankToNull(query.sensitivity()));
            equal(sql, parameters, "a.object_type", blankToNull(query.objectType()));
            if (query.termPseudonym() != null) {
                parameters.add("%=" + query.termPseudonym() + "%");
                sql.append(" AND a.detail LIKE ?").append(parameters.size());
            }
            if (query.from() != null) {
                parameters.add(Times.startOfDayUtc(query.from()));
                sql.append(" AND a.occurred_at >= ?").append(parameters.size());
            }
            if (query.to() != null) {
                parameters.add(Times.startOfDayUtc(query.to().plusDays(1)));
                sql.append(" AND a.occurred_at < ?").append(parameters.size());
            }
            return new Where(sql.toString(), parameters);
        }

        private static void equal(StringBuilder sql, List<Object> parameters, String column, Object value) {
            if (value != null) {
                parameters.add(value);
                sql.append(" AND ").append(column).append(" = ?").append(parameters.size());
            }
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.trim();
        }

        Query bind(Query query) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            return query;
        }
    }
}
