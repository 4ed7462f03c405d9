package nl.gebiedsteam.caseload.audit;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the privacy officer looks for in the access log; every field may be left empty. The
 * period is in calendar days of the display zone, both ends included. A client matches a line
 * about them and a list read that showed them. A search term is matched as its pseudonym
 * ({@link SearchTerms}), the only form in which the log holds it.
 */
public record AccessLogQuery(Long clientId, String workerLogin, AccessEvent event, Outcome outcome, String sensitivity,
        String objectType, LocalDate from, LocalDate to, String termPseudonym) implements Serializable {

    public static AccessLogQuery all() {
        return new AccessLogQuery(null, null, null, null, null, null, null, null, null);
    }

    public static AccessLogQuery ofClient(long clientId, LocalDate from, LocalDate to) {
        return new AccessLogQuery(clientId, null, null, null, null, null, from, to, null);
    }

    /**
     * The review lists: preset searches the privacy officer goes through regularly. Besides the
     * risky uses of client data, the powers over it: account changes (grants and password resets,
     * of administrators and privacy officers too), and the privacy officer's own subject-access
     * answers, log searches and destructions, for a second privacy officer to look over.
     */
    public enum Review {
        CONSENT_OVERRIDES, DENIALS, CROSS_TEAM, ACCOUNT_CHANGES, SUBJECT_ACCESS, LOG_SEARCHES, DESTRUCTIONS;

        public AccessLogQuery query(LocalDate from, LocalDate to) {
            return switch (this) {
                case CONSENT_OVERRIDES -> new AccessLogQuery(null, null, AccessEvent.CONSENT_OVERRIDE, null, null, null,
                        from, to, null);
                case DENIALS -> new AccessLogQuery(null, null, null, Outcome.DENIED, null, null, from, to, null);
                case CROSS_TEAM -> ofObject(CROSS_TEAM_OBJECT, from, to);
                case ACCOUNT_CHANGES -> ofObject("worker", from, to);
                case SUBJECT_ACCESS -> ofObject("subject-access", from, to);
                case LOG_SEARCHES -> ofObject("access log", from, to);
                case DESTRUCTIONS -> ofObject("retention", from, to);
            };
        }

        private static AccessLogQuery ofObject(String objectType, LocalDate from, LocalDate to) {
            return new AccessLogQuery(null, null, null, null, null, objectType, from, to, null);
        }
    }

    /** The object type of a cross-team "known at" lookup (the client service writes it). */
    public static final String CROSS_TEAM_OBJECT = "known-at";

    /** For the log line of the search itself: what was asked, never more. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        add(parts, "client", clientId);
        add(parts, "worker", workerLogin);
        add(parts, "event", event);
        add(parts, "outcome", outcome);
        add(parts, "sensitivity", sensitivity);
        add(parts, "object", objectType);
        add(parts, "from", from);
        add(parts, "to", to);
        add(parts, "term", termPseudonym);
        return parts.isEmpty() ? "whole log" : String.join("; ", parts);
    }

    private static void add(List<String> parts, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            parts.add(name + "=" + value);
        }
    }
}
