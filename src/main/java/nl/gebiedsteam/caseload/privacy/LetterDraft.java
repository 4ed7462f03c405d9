package nl.gebiedsteam.caseload.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.StringJoiner;
import nl.gebiedsteam.caseload.audit.AccessLogRow;
import nl.gebiedsteam.caseload.client.ClientName;

/**
 * The text of a subject-access letter (AVG art. 15) as passages, in the reader's language and in
 * plain words: labels and values from the bundles, dates written out, no internal ids or codes. What
 * the law asks the letter to say comes first (purposes, legal grounds, categories, recipients,
 * retention, source), then the data itself by kind, then who looked at the file, then the reader's
 * rights.
 *
 * <p>Passages that may name or describe someone other than the client are marked for the privacy
 * officer's review: every reporter of a signal or Wvggz report and what they reported
 * ({@link LetterPassage.Kind#THIRD_PARTY}), whether or not they asked to stay anonymous; every free
 * text a worker wrote ({@link LetterPassage.Kind#FREE_TEXT}); and every document on the file
 * ({@link LetterPassage.Kind#DOCUMENT}). A confidential journal note, which protects a reporter, is
 * marked as well and proposed for withholding. Everything else is released as drafted.
 */
final class LetterDraft {

    private final Connection connection;
    private final long clientId;
    private final ResourceBundle bundle;
    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final List<LetterPassage> passages = new ArrayList<>();

    private LetterDraft(Connection connection, long clientId, ResourceBundle bundle, Locale locale) {
        this.connection = connection;
        this.clientId = clientId;
        this.bundle = bundle;
        this.locale = locale;
        this.date = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        this.dateTime = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale);
    }

    /** The passages of the letter about {@code clientId}, its access history from {@code log}. */
    static List<LetterPassage> of(Connection connection, long clientId, ResourceBundle bundle, Locale locale,
            List<AccessLogRow> log, int retentionYears, LocalDate today) throws SQLException {
        LetterDraft draft = new LetterDraft(connection, clientId, bundle, locale);
        draft.write(log, retentionYears, today);
        return draft.passages;
    }

    private void write(List<AccessLogRow> log, int retentionYears, LocalDate today) throws SQLException {
        Map<String, Object> client = rows("""
                SELECT c.given_names, c.surname_prefix, c.surname, c.date_of_birth, c.gender, c.postcode, c.area,
                c.bsn, c.phone, c.purpose, c.legal_ground, t.name AS team FROM client c
                JOIN area_team t ON t.id = c.area_team_id WHERE c.id = ?""").get(0);
        String name = ClientName.of((String) client.get("given_names"), (String) client.get("surname_prefix"),
                (String) client.get("surname"));
        add(LetterPassage.Kind.HEADING, text("letter.title"));
        add(LetterPassage.Kind.PARAGRAPH, text("letter.to", name, today.format(date)));
        add(LetterPassage.Kind.PARAGRAPH, text("letter.intro", client.get("team")));

        List<Map<String, Object>> signals = rows("""
                SELECT received_local, source, concern_level, summary, reporter_name, reporter_organisation,
                reporter_contact, voided FROM signal_report WHERE client_id = ? ORDER BY received_local""");
        List<Map<String, Object>> referrals = rows("""
                SELECT p.name AS provider, r.referred_on, r.status, r.shares_data, r.consent_id, r.note,
                r.consent_override_reason, r.voided FROM referral r JOIN referral_provider p ON p.id = r.provider_id
                WHERE r.client_id = ? ORDER BY r.referred_on""");
        List<Map<String, Object>> consents = rows("""
                SELECT c.purpose, COALESCE(p.name, c.recipient) AS recipient, c.scope, c.given_on, c.withdrawn_on
                FROM consent c LEFT JOIN referral_provider p ON p.id = c.recipient_provider_id WHERE c.client_id = ?
                ORDER BY c.given_on""");
        List<Map<String, Object>> measures = rows("""
                SELECT t.name AS type, m.kind, m.legal_basis, m.deciding_authority, m.decision_date, m.start_date,
                m.end_date, m.outcome, m.outcome_date, m.conditions, m.voided FROM coercion_measure m
                JOIN measure_type t ON t.id = m.measure_type_id WHERE m.client_id = ? ORDER BY m.start_date""");

        heading("letter.why");
        add(LetterPassage.Kind.PARAGRAPH, text("letter.why.purpose", label("purpose", client.get("purpose")),
                label("legalGround", client.get("legal_ground"))));
        Set<String> bases = new LinkedHashSet<>();
        measures.forEach(m -> bases.add(String.valueOf(m.get("legal_basis"))));
        if (!bases.isEmpty()) {
            add(LetterPassage.Kind.PARAGRAPH, text("letter.why.measures", String.join("; ", bases)));
        }

        heading("letter.recipients");
        if (referrals.isEmpty() && consents.isEmpty()) {
            add(LetterPassage.Kind.PARAGRAPH, text("letter.recipients.none"));
        }
        for (Map<String, Object> r : referrals) {
            add(LetterPassage.Kind.ENTRY, text(Boolean.TRUE.equals(r.get("shares_data")) ? "letter.recipients.shared"
                    : "letter.recipients.notShared", r.get("provider"), day(r.get("referred_on")),
                    text(r.get("consent_id") != null ? "letter.recipients.withConsent"
                            : r.get("consent_override_reason") != null ? "letter.recipients.withoutConsent"
                            : "letter.recipients.noConsentNeeded")));
        }

        heading("letter.retention");
        add(LetterPassage.Kind.PARAGRAPH, text("letter.retention.text", retentionYears));

        heading("letter.source");
        Set<String> sources = new LinkedHashSet<>();
        signals.forEach(s -> sources.add(label("signalSource", s.get("source"))));
        add(LetterPassage.Kind.PARAGRAPH, sources.isEmpty() ? text("letter.source.self")
                : text("letter.source.signals", String.join(", ", sources)));

        heading("letter.data");
        add(LetterPassage.Kind.PARAGRAPH, text("letter.data.intro"));
        heading("letter.personal");
        entry(field("letter.field.name", name), field("letter.field.dateOfBirth", day(client.get("date_of_birth"))),
                field("letter.field.gender", label("gender", client.get("gender"))),
                field("letter.field.address", join(client.get("postcode"), client.get("area"))),
                field("letter.field.bsn", client.get("bsn")), field("letter.field.phone", client.get("phone")),
                field("letter.field.team", client.get("team")));

        heading("letter.signals");
        for (Map<String, Object> s : signals) {
            entry(field("letter.field.received", moment(s.get("received_local"))),
                    field("letter.field.source", label("signalSource", s.get("source"))),
                    field("letter.field.concern", label("concernLevel", s.get("concern_level"))), voided(s));
            thirdParty(text("letter.reporter", join(s.get("reporter_name"), s.get("reporter_organisation"),
                    s.get("reporter_contact"))), s.get("reporter_name") != null || s.get("reporter_organisation") != null
                    || s.get("reporter_contact") != null);
            thirdParty(text("letter.reported", s.get("summary")), s.get("summary") != null);
        }
        if (signals.isEmpty()) {
            none();
        }

        heading("letter.pathways");
        List<Map<String, Object>> pathways = rows("""
                SELECT id, start_date, end_date, status, closure_outcome, voided FROM pathway WHERE client_id = ?
                ORDER BY start_date""");
        for (Map<String, Object> p : pathways) {
            entry(field("letter.field.start", day(p.get("start_date"))), field("letter.field.end", day(p.get("end_date"))),
                    field("letter.field.status", label("pathwayStatus", p.get("status"))),
                    field("letter.field.outcome", label("closureOutcome", p.get("closure_outcome"))), voided(p));
        }
        if (pathways.isEmpty()) {
            none();
        }
        for (Map<String, Object> i : rows("""
                SELECT i.intake_date, i.place, i.notes FROM intake i JOIN pathway p ON p.id = i.pathway_id
                WHERE p.client_id = ? ORDER BY i.intake_date""")) {
            entry(field("letter.field.intake", day(i.get("intake_date"))), field("letter.field.place", i.get("place")));
            freeText(i.get("notes"));
        }
        for (Map<String, Object> plan : rows("""
                SELECT s.status, s.client_agreed_on, s.summary FROM support_plan s JOIN pathway p ON p.id = s.pathway_id
                WHERE p.client_id = ? ORDER BY s.id""")) {
            entry(field("letter.field.plan", label("planStatus", plan.get("status"))),
                    field("letter.field.agreed", day(plan.get("client_agreed_on"))));
            freeText(plan.get("summary"));
        }
        for (Map<String, Object> g : rows("""
                SELECT g.description, g.actions, g.status FROM plan_goal g JOIN support_plan s ON s.id = g.support_plan_id
                JOIN pathway p ON p.id = s.pathway_id WHERE p.client_id = ? ORDER BY s.id, g.position""")) {
            entry(field("letter.field.goal", label("goalStatus", g.get("status"))));
            freeText(g.get("description"));
            freeText(g.get("actions"));
        }

        heading("letter.contacts");
        List<Map<String, Object>> contacts = rows("""
                SELECT occurred_local, kind, duration_minutes, note, voided FROM client_contact WHERE client_id = ?
                ORDER BY occurred_local""");
        for (Map<String, Object> k : contacts) {
            entry(field("letter.field.when", moment(k.get("occurred_local"))),
                    field("letter.field.contactKind", label("contactKind", k.get("kind"))),
                    field("letter.field.minutes", k.get("duration_minutes")), voided(k));
            freeText(k.get("note"));
        }
        if (contacts.isEmpty()) {
            none();
        }

        heading("letter.notes");
        List<Map<String, Object>> notes = rows("""
                SELECT written_on, level, text FROM journal_note WHERE client_id = ? AND voided = FALSE
                ORDER BY written_on, id""");
        for (Map<String, Object> n : notes) {
            entry(field("letter.field.written", day(n.get("written_on"))));
            if ("CONFIDENTIAL".equals(n.get("level"))) {
                passages.add(LetterPassage.withheld(passages.size() + 1, LetterPassage.Kind.THIRD_PARTY,
                        text("letter.note", n.get("text")), text("letter.confidentialNote")));
            } else {
                freeText(n.get("text"));
            }
        }
        if (notes.isEmpty()) {
            none();
        }

        heading("letter.substances");
        List<Map<String, Object>> substances = rows("""
                SELECT primary_substance FROM substance_profile WHERE client_id = ?""");
        for (Map<String, Object> s : substances) {
            entry(field("letter.field.primarySubstance", label("substanceName", s.get("primary_substance"))));
        }
        if (substances.isEmpty()) {
            none();
        }

        heading("letter.consents");
        for (Map<String, Object> c : consents) {
            entry(field("letter.field.consentPurpose", label("consentPurpose", c.get("purpose"))),
                    field("letter.field.recipient", c.get("recipient")), field("letter.field.given", day(c.get("given_on"))),
                    field("letter.field.withdrawn", day(c.get("withdrawn_on"))));
            freeText(c.get("scope"));
        }
        if (consents.isEmpty()) {
            none();
        }

        heading("letter.referrals");
        for (Map<String, Object> r : referrals) {
            entry(field("letter.field.provider", r.get("provider")), field("letter.field.referred", day(r.get("referred_on"))),
                    field("letter.field.status", label("referralStatus", r.get("status"))), voided(r));
            freeText(r.get("note"));
            freeText(r.get("consent_override_reason"));
        }
        if (referrals.isEmpty()) {
            none();
        }

        heading("letter.measures");
        for (Map<String, Object> m : measures) {
            entry(field("letter.field.measure", m.get("type")), field("letter.field.measureKind", label("measureKind",
                    m.get("kind"))), field("letter.field.authority", m.get("deciding_authority")),
                    field("letter.field.decided", day(m.get("decision_date"))),
                    field("letter.field.start", day(m.get("start_date"))), field("letter.field.end", day(m.get("end_date"))),
                    field("letter.field.outcome", label("measureOutcome", m.get("outcome"))), voided(m));
            freeText(m.get("conditions"));
        }
        if (measures.isEmpty()) {
            none();
        }

        List<Map<String, Object>> wvggz = rows("""
                SELECT received_on, reporter, summary, decision, decided_on FROM wvggz_report WHERE client_id = ?
                ORDER BY received_on""");
        if (!wvggz.isEmpty()) {
            heading("letter.wvggz");
        }
        for (Map<String, Object> w : wvggz) {
            entry(field("letter.field.received", day(w.get("received_on"))),
                    field("letter.field.decision", label("wvggzDecision", w.get("decision"))),
                    field("letter.field.decided", day(w.get("decided_on"))));
            thirdParty(text("letter.reporter", w.get("reporter")), w.get("reporter") != null);
            thirdParty(text("letter.reported", w.get("summary")), w.get("summary") != null);
        }

        documents();

        heading("letter.access");
        add(LetterPassage.Kind.PARAGRAPH, text("letter.access.intro"));
        accessHistory(log);

        heading("letter.rights");
        add(LetterPassage.Kind.PARAGRAPH, text("letter.rights.text"));
    }

    /**
     * The documents on the file, each a marked passage, those linked to a measure too: the client may
     * see them, but any document may name a reporter or a family member. The passage keeps the
     * document's id and hash, so the ZIP beside the letter holds exactly the bytes listed here.
     */
    private void documents() throws SQLException {
        heading("letter.documents");
        List<Map<String, Object>> documents = rows("""
                SELECT id, title, kind, document_date, file_name, size_bytes, sha256 FROM client_document
                WHERE client_id = ? AND voided = FALSE ORDER BY document_date, id""");
        if (documents.isEmpty()) {
            none();
            return;
        }
        add(LetterPassage.Kind.PARAGRAPH, text("letter.documents.intro"));
        for (Map<String, Object> d : documents) {
            passages.add(LetterPassage.document(passages.size() + 1, line(field("letter.field.documentTitle",
                    d.get("title")), field("letter.field.documentKind", label("documentKind", d.get("kind"))),
                    field("letter.field.documentDate", day(d.get("document_date"))),
                    field("letter.field.fileName", d.get("file_name")),
                    field("letter.field.size", size(((Number) d.get("size_bytes")).longValue()))),
                    ((Number) d.get("id")).longValue(), (String) d.get("sha256")));
        }
    }

    /**
     * Who looked at the file: per day, role and team and kind of action, how often — never a worker's
     * name, and never what anyone searched for (a search that showed the client is "searched", no more).
     */
    private void accessHistory(List<AccessLogRow> log) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (AccessLogRow row : log) {
            String roles = row.workerRoles() == null ? text("letter.access.system") : String.join(", ",
                    java.util.Arrays.stream(row.workerRoles().split(",")).map(String::trim).filter(r -> !r.isEmpty())
                            .map(r -> label("role", r)).toList());
            String line = text("letter.access.line", row.occurredLocal().toLocalDate().format(date), roles,
                    row.teamName() == null ? text("letter.access.noTeam") : row.teamName(), label("accessEvent", row.event()),
                    label("letter.part", row.objectType()));
            lines.merge(line, 1, Integer::sum);
        }
        lines.forEach((line, times) -> add(LetterPassage.Kind.ENTRY, times == 1 ? line : line + " (" + times + "×)"));
        if (lines.isEmpty()) {
            none();
        }
    }

    // ---- passages ----

    private void add(LetterPassage.Kind kind, String text) {
        passages.add(LetterPassage.drafted(passages.size() + 1, kind, text));
    }

    private void heading(String key) {
        add(LetterPassage.Kind.HEADING, text(key));
    }

    private void none() {
        add(LetterPassage.Kind.ENTRY, text("letter.none"));
    }

    /** One record on one line: its fields that have a value, as "label: value". */
    private void entry(String... fields) {
        add(LetterPassage.Kind.ENTRY, line(fields));
    }

    private static String line(String... fields) {
        StringJoiner line = new StringJoiner("; ");
        for (String field : fields) {
            if (field != null) {
                line.add(field);
            }
        }
        return line.toString();
    }

    private String field(String labelKey, Object value) {
        return value == null || value.toString().isBlank() ? null : text(labelKey) + ": " + value;
    }

    private String voided(Map<String, Object> row) {
        return Boolean.TRUE.equals(row.get("voided")) ? text("letter.voided") : null;
    }

    private void freeText(Object value) {
        if (value != null && !value.toString().isBlank()) {
            add(LetterPassage.Kind.FREE_TEXT, text("letter.note", value));
        }
    }

    private void thirdParty(String text, boolean present) {
        if (present) {
            add(LetterPassage.Kind.THIRD_PARTY, text);
        }
    }

    // ---- values ----

    private String day(Object value) {
        LocalDate day = value instanceof java.sql.Date d ? d.toLocalDate() : value instanceof LocalDate l ? l : null;
        return day == null ? null : day.format(date);
    }

    private String moment(Object value) {
        LocalDateTime time = value instanceof java.sql.Timestamp t ? t.toLocalDateTime()
                : value instanceof LocalDateTime l ? l : null;
        return time == null ? null : time.format(dateTime);
    }

    /** A file's size as a reader says it: bytes, kB or MB, with the letter's decimal separator. */
    private String size(long bytes) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        if (bytes < 1024) {
            return text("letter.size.bytes", number.format(bytes));
        }
        if (bytes < 1024 * 1024) {
            return text("letter.size.kb", number.format(Math.max(1, bytes / 1024)));
        }
        number.setMaximumFractionDigits(1);
        return text("letter.size.mb", number.format(bytes / (1024.0 * 1024.0)));
    }

    /** A code in words: its label from the bundle, or, for a code without one, the code in lower case. */
    private String label(String prefix, Object code) {
        if (code == null) {
            return null;
        }
        try {
            return bundle.getString(prefix + "." + code);
        } catch (MissingResourceException unnamed) {
            return code.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    private static String join(Object... values) {
        StringJoiner joined = new StringJoiner(", ");
        for (Object value : values) {
            if (value != null && !value.toString().isBlank()) {
                joined.add(value.toString());
            }
        }
        return joined.length() == 0 ? null : joined.toString();
    }

    private String text(String key, Object... values) {
        return java.text.MessageFormat.format(bundle.getString(key), values);
    }

    private List<Map<String, Object>> rows(String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setLong(1, clientId);
            try (ResultSet r = p.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= columns; i++) {
                        row.put(r.getMetaData().getColumnLabel(i), r.getObject(i));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
