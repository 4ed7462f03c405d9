package nl.gebiedsteam.caseload.privacy;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.audit.AccessLogQuery;
import nl.gebiedsteam.caseload.audit.AccessLogRow;
import nl.gebiedsteam.caseload.audit.AccessLogSearchService;
import nl.gebiedsteam.caseload.client.ClientName;
import nl.gebiedsteam.caseload.security.CurrentCaller;
import nl.gebiedsteam.caseload.shared.Bundles;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.Role;

/**
 * Subject-access (AVG art. 15): everything recorded about one client, in one action, plus the
 * client's own access log.
 *
 * <p>"Everything" is found by following the schema's foreign keys from the client row: every row
 * of every table that refers to the client, or to a row already found (a pathway's intake, a plan's
 * goals, …), so a table added later is in the export without anyone remembering to add it. A row
 * that names another client is never followed. References to rows outside the file (workers,
 * teams, providers, measure types) are shown by their name. Withheld, and said so: the identity
 * of a reporter who asked to stay anonymous towards the client (a third party's right, art. 15(4)).
 */
@Stateless
@RolesAllowed(Role.PRIVACY_OFFICER_NAME)
public class SubjectAccessService {

    static final String OBJECT = "subject-access";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    /** Columns that are bookkeeping, not data about the person. */
    private static final Set<String> SKIPPED_COLUMNS = Set.of("version");
    private static final List<String> REPORTER_COLUMNS = List.of("reporter_name", "reporter_organisation",
            "reporter_contact");
    private static final int ACCESS_LOG_PAGE = 200;
    /**
     * Earlier answers to a subject-access request (copies of the file; a passage that lists a
     * document refers to it, but is no record of the client) and the raw bytes of documents.
     */
    private static final Set<String> NOT_RECORDS_ABOUT_THE_CLIENT = Set.of("subject_access_letter",
            "subject_access_passage", "client_document_chunk");

    @Resource(lookup = "java:app/jdbc/caseload")
    DataSource dataSource;

    @Inject
    AccessLog accessLog;

    @Inject
    AccessLogSearchService accessLogSearch;

    @Inject
    CurrentCaller currentCaller;

    /** Finds the person a request is about: by client number, BSN, or surname with date of birth. */
    public List<SubjectRow> find(Long clientId, String bsn, String surname, LocalDate dateOfBirth) {
        StringBuilder where = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        if (clientId != null) {
            where.append(" AND c.id = ?");
            parameters.add(clientId);
        }
        if (bsn != null && !bsn.isBlank()) {
            where.append(" AND c.bsn = ?");
            parameters.add(bsn.trim());
        }
        if (surname != null && !surname.isBlank()) {
            where.append(" AND c.surname = ?");
            parameters.add(surname.trim());
        }
        if (dateOfBirth != null) {
            where.append(" AND c.date_of_birth = ?");
            parameters.add(dateOfBirth);
        }
        if (parameters.isEmpty()) {
            return List.of();
        }
        List<SubjectRow> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement p = connection.prepareStatement(
                "SELECT c.id, " + ClientName.SQL + """
                        , c.date_of_birth, t.name,
                        c.status, c.anonymised_at FROM client c JOIN area_team t ON t.id = c.area_team_id WHERE 1 = 1"""
                        + where + " ORDER BY c.surname, c.id LIMIT 50")) {
            for (int i = 0; i < parameters.size(); i++) {
                p.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    rows.add(new SubjectRow(r.getLong(1), r.getString(2), r.getObject(3, LocalDate.class),
                            r.getString(4), r.getString(5), r.getTimestamp(6) != null));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("clients could not be searched", e);
        }
        accessLog.listed(AccessEvent.SEARCH, OBJECT, null, "subject-access lookup; rows=" + rows.size(),
                rows.stream().map(SubjectRow::clientId).toList());
        return rows;
    }

    public SubjectRow subject(long clientId) {
        return find(clientId, null, null, null).stream().findFirst().orElseThrow(NotFoundException::new);
    }

    /** The whole export, logged as one EXPORT line under the client. */
    public SubjectAccessExport export(long clientId, String format, Locale locale) {
        ResourceBundle bundle = Bundles.messages(locale);
        List<SubjectAccessExport.Section> sections = new ArrayList<>();
        String name;
        int records = 0;
        try (Connection connection = dataSource.getConnection()) {
            Schema schema = Schema.read(connection);
            Map<String, List<Map<String, Object>>> found = collect(connection, schema, clientId);
            if (found.get("client").isEmpty()) {
                throw new NotFoundException();
            }
            Map<String, String> labels = new HashMap<>();
            for (Map.Entry<String, List<Map<String, Object>>> table : found.entrySet()) {
                sections.add(section(connection, schema, table.getKey(), table.getValue(), labels, bundle));
                records += table.getValue().size();
            }
            Map<String, Object> client = found.get("client").get(0);
            name = ClientName.of((String) client.get("given_names"), (String) client.get("surname_prefix"),
                    (String) client.get("surname"));
        } catch (SQLException e) {
            throw new IllegalStateException("subject-access export could not be read", e);
        }
        sections.add(accessLogSection(clientId, bundle));
        accessLog.success(AccessEvent.EXPORT, clientId, OBJECT, "subject-access export; format=" + format
                + "; tables=" + (sections.size() - 1) + "; records=" + records);
        String by = currentCaller.require().loginName();
        return new SubjectAccessExport(clientId, format(bundle, "subject.export.title", String.valueOf(clientId)),
                List.of(format(bundle, "subject.export.name", name),
                        format(bundle, "subject.export.made", LocalDateTime.now(Times.DISPLAY_ZONE).format(DATE_TIME), by),
                        bundle.getString("subject.export.contents"), bundle.getString("subject.export.withheld")),
                sections, bundle.getString("subject.export.empty"));
    }

    /** Rows per table, in the order the tables were reached from the client. */
    private static Map<String, List<Map<String, Object>>> collect(Connection connection, Schema schema, long clientId)
            throws SQLException {
        Map<String, List<Map<String, Object>>> found = new LinkedHashMap<>();
        Map<String, Set<Long>> ids = new HashMap<>();
        Deque<String> reached = new ArrayDeque<>();
        found.put("client", select(connection, schema, "client", "id", Set.of(clientId), clientId));
        ids.put("client", idsOf(found.get("client")));
        reached.add("client");
        while (!reached.isEmpty()) {
            String parent = reached.poll();
            for (Schema.ForeignKey key : schema.referencing(parent)) {
                if (key.table().equals("client") || NOT_RECORDS_ABOUT_THE_CLIENT.contains(key.table())) {
                    continue;
                }
                List<Map<String, Object>> rows = select(connection, schema, key.table(), key.column(), ids.get(parent),
                        clientId);
                List<Map<String, Object>> known = found.computeIfAbsent(key.table(), t -> new ArrayList<>());
                Set<Long> knownIds = ids.computeIfAbsent(key.table(), t -> new LinkedHashSet<>());
                boolean added = false;
                for (Map<String, Object> row : rows) {
                    Object id = row.get("id");
                    if (id == null ? !known.contains(row) : knownIds.add(((Number) id).longValue())) {
                        known.add(row);
                        added = true;
                    }
                }
                if (added && schema.hasId(key.table())) {
                    reached.add(key.table());
                }
            }
        }
        return found;
    }

    /** Rows of {@code table} whose {@code column} is one of {@code values}, never another client's. */
    private static List<Map<String, Object>> select(Connection connection, Schema schema, String table, String column,
            Set<Long> values, long clientId) throws SQLException {
        if (values.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", values.stream().map(v -> "?").toList());
        String sameClient = schema.columns(table).contains("client_id") ? " AND (client_id IS NULL OR client_id = ?)" : "";
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT " + String.join(", ", schema.columns(table).stream()
                .map(c -> "`" + c + "`").toList()) + " FROM `" + table + "` WHERE `" + column + "` IN (" + in + ")"
                + sameClient + (schema.hasId(table) ? " ORDER BY id" : ""))) {
            int i = 1;
            for (Long value : values) {
                p.setLong(i++, value);
            }
            if (!sameClient.isEmpty()) {
                p.setLong(i, clientId);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (String c : schema.columns(table)) {
                        row.put(c, r.getObject(c));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static Set<Long> idsOf(List<Map<String, Object>> rows) {
        Set<Long> ids = new LinkedHashSet<>();
        rows.forEach(r -> ids.add(((Number) r.get("id")).longValue()));
        return ids;
    }

    private static SubjectAccessExport.Section section(Connection connection, Schema schema, String table,
            List<Map<String, Object>> rows, Map<String, String> labels, ResourceBundle bundle) throws SQLException {
        List<String> columns = schema.columns(table).stream().filter(c -> !SKIPPED_COLUMNS.contains(c)).toList();
        List<List<String>> values = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            boolean anonymousReporter = Boolean.TRUE.equals(row.get("reporter_anonymous"));
            // a confidential journal note protects a reporter: its text is left out, and said so
            boolean confidentialNote = "journal_note".equals(table) && "CONFIDENTIAL".equals(row.get("level"));
            List<String> shown = new ArrayList<>();
            for (String column : columns) {
                Object value = row.get(column);
                Schema.ForeignKey reference = schema.reference(table, column);
                if (anonymousReporter && REPORTER_COLUMNS.contains(column) && value != null) {
                    shown.add(bundle.getString("subject.export.withheldValue"));
                } else if (confidentialNote && column.equals("text")) {
                    shown.add(bundle.getString("subject.export.withheldNote"));
                } else if (reference != null && value != null && !reference.referenced().equals(table)) {
                    shown.add(label(connection, schema, reference.referenced(), ((Number) value).longValue(), labels));
                } else {
                    shown.add(display(column, value, bundle));
                }
            }
            values.add(shown);
        }
        return new SubjectAccessExport.Section(table, title(bundle, table), columns, values);
    }

    /** A referenced row outside the file by its name (a worker's display name, a team's name). */
    private static String label(Connection connection, Schema schema, String table, long id, Map<String, String> labels)
            throws SQLException {
        String key = table + "#" + id;
        String known = labels.get(key);
        if (known != null) {
            return known;
        }
        List<String> columns = schema.columns(table);
        String name = columns.contains("display_name") ? "display_name" : columns.contains("name") ? "name" : null;
        String label = String.valueOf(id);
        if (name != null) {
            try (PreparedStatement p = connection.prepareStatement("SELECT `" + name + "` FROM `" + table
                    + "` WHERE id = ?")) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) {
                        label = r.getString(1);
                    }
                }
            }
        }
        labels.put(key, label);
        return label;
    }

    /** Dates as people write them; stored instants ({@code *_at}, UTC) in Dutch time, {@code *_local} as written. */
    static String display(String column, Object value, ResourceBundle bundle) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return bundle.getString(b ? "subject.export.yes" : "subject.export.no");
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().format(DATE);
        }
        if (value instanceof LocalDate d) {
            return d.format(DATE);
        }
        LocalDateTime time = value instanceof Timestamp t ? t.toLocalDateTime()
                : value instanceof LocalDateTime l ? l : null;
        if (time != null) {
            return (column.endsWith("_local") ? time : Times.toDisplay(time)).format(DATE_TIME);
        }
        return String.valueOf(value);
    }

    private SubjectAccessExport.Section accessLogSection(long clientId, ResourceBundle bundle) {
        List<String> columns = List.of("when", "who", "role", "team", "action", "result", "part", "sensitivity",
                "reason", "detail", "line");
        List<List<String>> rows = new ArrayList<>();
        AccessLogQuery query = AccessLogQuery.ofClient(clientId, null, null);
        List<AccessLogRow> page;
        int first = 0;
        do {
            page = accessLogSearch.search(query, first, ACCESS_LOG_PAGE);
            for (AccessLogRow l : page) {
                rows.add(java.util.Arrays.asList(l.occurredLocal().format(DATE_TIME), l.workerLogin(), l.workerRoles(),
                        l.teamName(), bundle.getString("accessEvent." + l.event()), bundle.getString("outcome." + l.outcome()),
                        l.objectType() + (l.listed() ? bundle.getString("log.listed") : ""), l.sensitivity(), l.reason(),
                        l.detail(), l.chainSeq() == null ? null : l.chainSeq().toString()));
            }
            first += page.size();
        } while (page.size() == ACCESS_LOG_PAGE);
        return new SubjectAccessExport.Section("access_log", bundle.getString("subject.section.access_log"), columns, rows);
    }

    private static String title(ResourceBundle bundle, String table) {
        try {
            return bundle.getString("subject.section." + table);
        } catch (MissingResourceException unnamed) {
            return table.replace('_', ' ');
        }
    }

    private static String format(ResourceBundle bundle, String key, Object... values) {
        return java.text.MessageFormat.format(bundle.getString(key), values);
    }
}
