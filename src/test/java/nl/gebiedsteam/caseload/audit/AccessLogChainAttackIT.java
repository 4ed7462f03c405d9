package nl.gebiedsteam.caseload.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.testsupport.Deployments;
import nl.gebiedsteam.caseload.testsupport.Sql;
import nl.gebiedsteam.caseload.testsupport.TestLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Issue 23, item 4: the attacks that left the chain "intact" before signed checkpoints, each tried
 * and each named by the verifier at its line. The migration user's attacks run on a copy of the
 * access log in a database of their own (whoever owns the database can do anything there), so the
 * real log of the other tests stays untouched; the application's own user attacks the real one.
 */
@ExtendWith(ArquillianExtension.class)
class AccessLogChainAttackIT {

    private static final byte[] KEY = ChainCheckpoints.DEMO_KEY.getBytes(StandardCharsets.UTF_8);

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestLogin().addClasses(AccessLogChainAttackIT.class);
    }

    @Inject
    TestLogin login;

    @Inject
    AccessLog accessLog;

    @Inject
    AccessLogChainService chainService;

    @Resource(lookup = "java:app/jdbc/caseload")
    DataSource db;

    private String copy;
    private MariaDbDataSource owner;

    /** A copy of the access log, its shown clients and its chain head, as the database's owner sees them. */
    @BeforeEach
    void copyTheLog() throws SQLException {
        for (int i = 0; i < 3; i++) {
            accessLog.success(AccessEvent.READ, null, "test", "line for the copy " + i);
        }
        copy = "chain_attack_" + System.nanoTime();
        owner = new MariaDbDataSource(System.getProperty("db.url"));
        owner.setUser("root");
        try (Connection root = owner.getConnection()) {
            Sql.execute(root, "CREATE DATABASE " + copy);
            for (String table : List.of("access_log", "access_log_shown", "access_log_chain_head")) {
                Sql.execute(root, "CREATE TABLE " + copy + "." + table + " LIKE " + table);
                Sql.execute(root, "INSERT INTO " + copy + "." + table + " SELECT * FROM " + table);
            }
        }
        owner = new MariaDbDataSource(System.getProperty("db.url").replaceFirst("/[^/?]+(\\?|$)", "/" + copy + "$1"));
        owner.setUser("root");
    }

    @AfterEach
    void dropTheCopy() throws SQLException {
        try (Connection root = owner.getConnection()) {
            Sql.execute(root, "DROP DATABASE " + copy);
        }
    }

    @Test
    void theApplicationsUser_canNeitherBackdateALine_norChooseItsId() throws SQLException {
        SQLException refused = assertThrows(SQLException.class, () -> Sql.execute(db, "INSERT INTO access_log "
                + "(id, occurred_at, event, action_code, outcome, detail) VALUES (1000000, UTC_TIMESTAMP(6), 'READ', 'R', "
                + "'SUCCESS', 'with an id of its own')"));
        assertTrue(refused.getMessage().contains("ids are given by the database"), refused.getMessage());

        Sql.execute(db, "INSERT INTO access_log (occurred_at, event, action_code, outcome, worker_login, detail) "
                + "VALUES ('2001-02-03 04:05:06', 'READ', 'R', 'SUCCESS', 'someone.else', 'backdated')");
        LocalDateTime stored = Sql.rows(db, "SELECT occurred_at FROM access_log WHERE detail = 'backdated' "
                + "ORDER BY id DESC", r -> r.getObject(1, LocalDateTime.class)).get(0);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        assertTrue(Duration.between(stored, now).abs().toSeconds() < 60, "dated by the database: " + stored);
        try (Connection connection = db.getConnection()) {
            assertTrue(AccessLogChain.verify(connection).intact());
        }
    }

    /** The owner appends a line and chains it correctly, as the trigger did before it dated lines itself. */
    @Test
    void aLineWrittenLaterThanItClaims_isNamed_byItsTimeOrItsId() throws SQLException {
        long head = headSeq();
        append(LocalDateTime.of(2001, 2, 3, 4, 5, 6), null, "backdated");
        assertBrokenAt(head + 1, "it is dated before the row before it: it was not written when it claims",
                verify(List.of()));

        try (Connection root = owner.getConnection()) {
            Sql.execute(root, "DELETE FROM access_log WHERE chain_seq = ?", head + 1);
            resetHead(root, head);
        }
        // ids are unique, so a line slipped in later takes a gap: one left before a line written after it
        long last = Sql.number(owner, "SELECT MAX(id) FROM access_log");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        append(now, last + 1000, "written after a gap");
        append(now, last + 500, "slipped into the gap");
        assertBrokenAt(head + 2, "its id is lower than the row before it: it was not written where it stands",
                verify(List.of()));
    }

    @Test
    void aCutOffTail_withTheHeadMovedBack_isNamed_byTheLastCheckpoint() throws SQLException {
        long head = headSeq();
        ChainCheckpoint signed = checkpoint();
        try (Connection root = owner.getConnection()) {
            Sql.execute(root, "DELETE FROM access_log_shown WHERE access_log_id IN (SELECT id FROM access_log "
                    + "WHERE chain_seq > ?)", head - 3);
            Sql.execute(root, "DELETE FROM access_log WHERE chain_seq > ?", head - 3);
            resetHead(root, head - 3);
        }
        assertTrue(verify(List.of()).intact(), "without checkpoints the shortened chain looks whole");
        AccessLogChain.Report report = verify(List.of(signed));
        assertBrokenAt(head - 2, "rows from " + (head - 2) + " on are missing: the checkpoint of " + signed.at()
                + " signed row " + head, report);
    }

    @Test
    void anOldLineChanged_andTheChainRecomputed_isNamed_betweenTwoCheckpoints() throws SQLException {
        long head = headSeq();
        long changed = head - 2;
        ChainCheckpoint before = new ChainCheckpoint(changed - 1, hashAt(changed - 1), Instant.now());
        ChainCheckpoint last = checkpoint();
        try (Connection root = owner.getConnection()) {
            Sql.execute(root, "UPDATE access_log SET detail = 'nothing to see' WHERE chain_seq = ?", changed);
            recompute(root, changed);
        }
        assertTrue(verify(List.of()).intact(), "without checkpoints the recomputed chain looks whole");
        AccessLogChain.Report report = verify(List.of(before, last));
        assertBrokenAt(changed, "row " + head + " no longer has the hash signed in the checkpoint of " + last.at()
                + ": a row from " + changed + " to " + head + " was changed, added or removed and the chain recomputed",
                report);
        assertEquals(changed - 1, report.rowsChecked(), "vouched for up to the checkpoint before the change");
    }

    @Test
    void checkpoints_areSignedWithTheKey_andTheCommandSaysWhatItChecked() throws SQLException {
        ChainCheckpoint signed = checkpoint();
        String forged = new ChainCheckpoint(signed.seq(), signed.hash(), signed.at()).line("not the key".getBytes(
                StandardCharsets.UTF_8));
        ChainCheckpoint.Found found = ChainCheckpoint.find(List.of("[INFO] server log: " + signed.line(KEY), forged,
                "an unrelated line"), KEY);
        assertEquals(List.of(signed), found.checkpoints(), "found inside a log line too");
        assertEquals(List.of(forged), found.forged());
        AccessLogChain.Report report = verify(found.checkpoints());
        assertEquals("access log chain intact, but 1 checkpoint lines are not signed with the key, e.g.: " + forged,
                AccessLogChainCommand.answer(report, found));
        ChainCheckpoint.Found clean = new ChainCheckpoint.Found(found.checkpoints(), List.of());
        assertEquals("access log chain intact: " + signed.seq() + " rows; head " + signed.seq() + " " + signed.hash()
                + "; 1 of 1 checkpoints matched", AccessLogChainCommand.answer(report, clean));
    }

    /**
     * The privacy officer's check reads the checkpoint file the application writes, matches it, adds a
     * checkpoint, and says so when a line of the file was not signed with the key.
     */
    @Test
    void thePrivacyOfficersCheck_usesAndWritesTheCheckpointFile() throws IOException {
        Path file = Path.of(System.getProperty("caseload.checkpoint.file"));
        login.as("hanna.privacy");
        AccessLogChain.Report first = chainService.verify();
        assertTrue(first.intact(), first.toString());
        long lines = Files.readAllLines(file).size();
        AccessLogChain.Report second = chainService.verify();
        assertTrue(second.intact(), second.toString());
        assertTrue(second.checkpointsMatched() >= 1, "the first check's checkpoint is matched: " + second);
        assertEquals(lines + 1, Files.readAllLines(file).size(), "and a new one written");

        byte[] kept = Files.readAllBytes(file);
        try {
            Files.writeString(file, ChainCheckpoint.MARK + " seq=1 hash=" + "0".repeat(64) + " at=2026-01-01T00:00:00Z sig="
                    + "0".repeat(64) + System.lineSeparator(), StandardOpenOption.APPEND);
            AccessLogChain.Report forged = chainService.verify();
            assertFalse(forged.intact());
            assertNull(forged.firstBrokenSeq(), "the chain itself fits");
            assertEquals("1 lines of the checkpoint file are not signed with the checkpoint key", forged.problem());
        } finally {
            Files.write(file, kept);
        }
    }

    // ---- the owner's tools ----

    private AccessLogChain.Report verify(List<ChainCheckpoint> checkpoints) throws SQLException {
        try (Connection connection = owner.getConnection()) {
            return AccessLogChain.verify(connection, checkpoints);
        }
    }

    private static void assertBrokenAt(long seq, String problem, AccessLogChain.Report report) {
        assertFalse(report.intact(), report.toString());
        assertEquals(seq, report.firstBrokenSeq(), report.toString());
        assertEquals(problem, report.problem());
    }

    /** A checkpoint of the copy's head as the application signs it. */
    private ChainCheckpoint checkpoint() throws SQLException {
        long head = headSeq();
        return new ChainCheckpoint(head, hashAt(head), Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    private long headSeq() throws SQLException {
        return Sql.number(owner, "SELECT last_seq FROM access_log_chain_head WHERE id = 1");
    }

    private String hashAt(long seq) throws SQLException {
        return Sql.rows(owner, "SELECT entry_hash FROM access_log WHERE chain_seq = ?", r -> r.getString(1), seq).get(0);
    }

    /** Appends a line chained as the trigger chains one, with the time and (optionally) the id given. */
    private void append(LocalDateTime occurredAt, Long id, String detail) throws SQLException {
        long seq = headSeq() + 1;
        String previous = hashAt(seq - 1);
        String hash = AccessLogChain.hash(previous, AccessLogChain.canonical(seq, occurredAt, "READ", "R", "SUCCESS",
                null, "someone.else", null, null, null, null, null, null, null, null, detail));
        try (Connection root = owner.getConnection()) {
            Sql.execute(root, "INSERT INTO access_log (id, occurred_at, event, action_code, outcome, worker_login, detail, "
                    + "chain_seq, prev_hash, entry_hash) VALUES (?, ?, 'READ', 'R', 'SUCCESS', 'someone.else', ?, ?, ?, ?)",
                    id == null ? Sql.number(owner, "SELECT MAX(id) + 1 FROM access_log") : id, occurredAt, detail, seq,
                    previous, hash);
            Sql.execute(root, "UPDATE access_log_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, hash);
        }
    }

    private void resetHead(Connection root, long seq) throws SQLException {
        Sql.execute(root, "UPDATE access_log_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, hashAt(seq));
    }

    /** Recomputes every hash from {@code from} to the end, as an owner covering a change would. */
    private void recompute(Connection root, long from) throws SQLException {
        String previous = hashAt(from - 1);
        List<Object[]> rows = new ArrayList<>();
        try (var statement = root.prepareStatement("SELECT " + AccessLogChain.COLUMNS + " FROM access_log "
                + "WHERE chain_seq >= ? ORDER BY chain_seq")) {
            statement.setLong(1, from);
            try (var r = statement.executeQuery()) {
                while (r.next()) {
                    rows.add(new Object[] {r.getLong("chain_seq"), AccessLogChain.canonical(r)});
                }
            }
        }
        for (Object[] row : rows) {
            String hash = AccessLogChain.hash(previous, (String) row[1]);
            Sql.execute(root, "UPDATE access_log SET prev_hash = ?, entry_hash = ? WHERE chain_seq = ?", previous, hash,
                    row[0]);
            previous = hash;
        }
        Sql.execute(root, "UPDATE access_log_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", rows.get(
                rows.size() - 1)[0], previous);
    }
}
