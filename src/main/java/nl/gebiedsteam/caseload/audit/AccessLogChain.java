package nl.gebiedsteam.caseload.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Recomputes the access log's hash chain, which the database writes (trigger
 * {@code access_log_chain}, db/V009 and V013): {@code entry_hash = SHA-256(prev_hash || canonical(row))},
 * and checks that the clients a line names as shown (access_log_shown) still match the digest
 * chained with it. Plain JDBC, so the privacy officer's page and the command line use the same check.
 */
public final class AccessLogChain {

    /** The hash before the first row. */
    public static final String GENESIS = "0".repeat(64);

    static final String COLUMNS = """
            id, chain_seq, occurred_at, event, action_code, outcome, worker_id, worker_login,
            worker_roles, team_id, on_behalf_of_id, client_ip, client_id, object_type, sensitivity, reason, detail,
            shown_digest, prev_hash, entry_hash, (SELECT GROUP_CONCAT(s.client_id ORDER BY s.client_id SEPARATOR ',')
            FROM access_log_shown s WHERE s.access_log_id = access_log.id) AS shown_ids""";
    private static final DateTimeFormatter OCCURRED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    /**
     * How far a line written before db/V019 may be dated before the line ahead of it: the application
     * took the time before it waited for the chain's lock. Since V019 the database dates every line
     * under the lock, and a line may never be dated before the one ahead of it.
     */
    static final Duration UNSTAMPED_TOLERANCE = Duration.ofMinutes(1);

    /**
     * The outcome of one verification: how many rows fit, the first that does not (null when the
     * whole chain holds), the hash of the last row that fits, which an operator can keep to compare
     * with a later check, and how many signed checkpoints the chain matched.
     */
    public record Report(long rowsChecked, Long firstBrokenSeq, String problem, String lastHash,
            int checkpointsMatched) {

        Report(long rowsChecked, Long firstBrokenSeq, String problem) {
            this(rowsChecked, firstBrokenSeq, problem, null, 0);
        }


        public boolean intact() {
            return firstBrokenSeq == null && problem == null;
        }
    }

    private AccessLogChain() {
    }

    /** {@link #verify(Connection, List)} without checkpoints. */
    public static Report verify(Connection connection) throws SQLException {
        return verify(connection, List.of());
    }

    /**
     * Checks every row in sequence order: its place, its link to the row before, its hash, its shown
     * clients, that neither its id nor its time runs backwards, and that it has the hash every
     * checkpoint for its place signed; then the chain head against the last row, and that no
     * checkpoint vouches for a row beyond it (a cut-off tail).
     */
    public static Report verify(Connection connection, List<ChainCheckpoint> checkpoints) throws SQLException {
        TreeMap<Long, List<ChainCheckpoint>> vouched = checkpoints.stream()
                .collect(Collectors.groupingBy(ChainCheckpoint::seq, TreeMap::new, Collectors.toList()));
        long stampedFrom = stampedFromSeq(connection);
        long expected = 1;
        String previous = GENESIS;
        long previousId = Long.MIN_VALUE;
        LocalDateTime previousTime = null;
        long lastMatched = 0;
        int matched = 0;
        try (PreparedStatement rows = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM access_log ORDER BY chain_seq IS NULL, chain_seq", ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            rows.setFetchSize(1000);
            try (ResultSet r = rows.executeQuery()) {
                while (r.next()) {
                    long seq = r.getLong("chain_seq");
                    if (r.wasNull()) {
                        return new Report(expected - 1, expected, "a row without a place in the chain");
                    }
                    if (seq != expected) {
                        return new Report(expected - 1, expected, "row " + expected + " is missing (next is " + seq + ")");
                    }
                    if (!previous.equals(r.getString("prev_hash"))) {
                        return new Report(expected - 1, seq, "does not point to the row before it");
                    }
                    String hash = hash(previous, canonical(r));
                    if (!hash.equals(r.getString("entry_hash"))) {
                        return new Report(expected - 1, seq, "its content does not match its hash");
                    }
                    String digest = r.getString("shown_digest");
                    // lines from before V013 have no digest: their shown clients are not covered
                    String shown = r.getString("shown_ids");
                    if (digest != null && !digest.equals(sha256(shown == null ? "" : shown))) {
                        return new Report(expected - 1, seq, "the clients it showed were changed afterwards");
                    }
                    long id = r.getLong("id");
                    if (id <= previousId) {
                        return new Report(expected - 1, seq, "its id is lower than the row before it: it was not "
                                + "written where it stands");
                    }
                    LocalDateTime time = r.getObject("occurred_at", LocalDateTime.class);
                    Duration tolerance = seq >= stampedFrom ? Duration.ZERO : UNSTAMPED_TOLERANCE;
                    if (previousTime != null && time.plus(tolerance).isBefore(previousTime)) {
                        return new Report(expected - 1, seq, "it is dated before the row before it: it was not "
                                + "written when it claims");
                    }
                    for (ChainCheckpoint checkpoint : vouched.getOrDefault(seq, List.of())) {
                        if (!checkpoint.hash().equals(hash)) {
                            return new Report(lastMatched, lastMatched + 1, "row " + seq + " no longer has the hash "
                                    + "signed in the checkpoint of " + checkpoint.at() + ": a row from " + (lastMatched + 1)
                                    + " to " + seq + " was changed, added or removed and the chain recomputed");
                        }
                        matched++;
                        lastMatched = seq;
                    }
                    previous = hash;
                    previousId = id;
                    previousTime = time;
                    expected++;
                }
            }
        }
        long last = expected - 1;
        Map.Entry<Long, List<ChainCheckpoint>> beyond = vouched.higherEntry(last);
        if (beyond != null) {
            return new Report(last, last + 1, "rows from " + (last + 1) + " on are missing: the checkpoint of "
                    + beyond.getValue().get(0).at() + " signed row " + beyond.getKey());
        }
        try (PreparedStatement head = connection.prepareStatement(
                "SELECT last_seq, last_hash FROM access_log_chain_head WHERE id = 1");
                ResultSet r = head.executeQuery()) {
            if (!r.next() || r.getLong(1) != last || !previous.equals(r.getString(2))) {
                return new Report(last, last + 1, "rows after " + last + " are missing");
            }
        }
        return new Report(last, null, null, previous, matched);
    }

    /** The first row the database dated itself (db/V019); on a chain head from before it, none. */
    private static long stampedFromSeq(Connection connection) throws SQLException {
        try (PreparedStatement head = connection.prepareStatement(
                "SELECT stamped_from_seq FROM access_log_chain_head WHERE id = 1");
                ResultSet r = head.executeQuery()) {
            long seq = r.next() ? r.getLong(1) : 0;
            return seq == 0 ? Long.MAX_VALUE : seq;
        }
    }

    /**
     * The row as the trigger hashes it: each field as length:value, or - for NULL, joined with |;
     * the shown clients' digest last, and only when the line has one.
     */
    static String canonical(ResultSet r) throws SQLException {
        return canonical(r.getLong("chain_seq"), r.getObject("occurred_at", LocalDateTime.class),
                r.getString("event"), r.getString("action_code"), r.getString("outcome"), r.getString("worker_id"),
                r.getString("worker_login"), r.getString("worker_roles"), r.getString("team_id"),
                r.getString("on_behalf_of_id"), r.getString("client_ip"), r.getString("client_id"),
                r.getString("object_type"), r.getString("sensitivity"), r.getString("reason"), r.getString("detail"))
                + optionalField(r.getString("shown_digest"));
    }

    static String canonical(long seq, LocalDateTime occurredAt, String... fields) {
        StringJoiner joined = new StringJoiner("|");
        joined.add(field(Long.toString(seq)));
        joined.add(field(occurredAt == null ? null : OCCURRED.format(occurredAt)));
        for (String value : fields) {
            joined.add(field(value));
        }
        return joined.toString();
    }

    /** A field the trigger adds with CONCAT_WS, which leaves out a NULL together with its separator. */
    private static String optionalField(String value) {
        return value == null ? "" : "|" + field(value);
    }

    /** SHA-256 of the client ids, ascending and without repeats, joined with ','; of the empty text for none. */
    public static String shownDigest(Collection<Long> clientIds) {
        return sha256(clientIds.stream().sorted().distinct().map(String::valueOf).collect(Collectors.joining(",")));
    }

    private static String field(String value) {
        return value == null ? "-" : value.codePointCount(0, value.length()) + ":" + value;
    }

    static String hash(String previous, String canonical) {
        return sha256(previous + canonical);
    }

    private static String sha256(String text) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
