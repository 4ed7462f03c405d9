package nl.gebiedsteam.caseload.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import nl.gebiedsteam.caseload.shared.ConfiguredKeys;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes signed checkpoints of the access log chain's head ({@link ChainCheckpoint}) where the
 * database cannot reach them: always to the server log (logger {@value #LOGGER}, which an operator can
 * send to syslog or a log server), and to a file when {@code CASELOAD_CHECKPOINT_FILE} names one. And
 * reads them back from that file for the privacy officer's chain check.
 */
@ApplicationScoped
public class ChainCheckpoints {

    static final String LOGGER = "nl.gebiedsteam.caseload.audit.ChainCheckpoints";
    /** The demo's key, published with the demo data: no secret. */
    static final String DEMO_KEY = "caseload-demo-checkpoint-key-not-secret";
    private static final Logger LOG = Logger.getLogger(LOGGER);

    @Inject
    ConfiguredKeys keys;

    @Inject
    @ConfigProperty(name = "caseload.checkpoint.file")
    Optional<String> file;

    private byte[] key;

    @PostConstruct
    void init() {
        key = keys.require("caseload.checkpoint.key", "CASELOAD_CHECKPOINT_KEY", DEMO_KEY,
                "it signs the access log chain's checkpoints").getBytes(StandardCharsets.UTF_8);
    }

    /** Signs the chain head as it stands now and writes it out. */
    public ChainCheckpoint take(Connection connection) throws SQLException {
        ChainCheckpoint checkpoint;
        try (PreparedStatement head = connection.prepareStatement(
                "SELECT last_seq, last_hash FROM access_log_chain_head WHERE id = 1");
                ResultSet r = head.executeQuery()) {
            r.next();
            checkpoint = new ChainCheckpoint(r.getLong(1), r.getString(2), Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
        String line = checkpoint.line(key);
        LOG.info(line);
        file.ifPresent(path -> {
            try {
                Files.writeString(Path.of(path), line + System.lineSeparator(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.DSYNC);
            } catch (IOException e) {
                throw new UncheckedIOException("checkpoint file " + path + " could not be written", e);
            }
        });
        return checkpoint;
    }

    /** The checkpoints in the checkpoint file, and its lines that are not signed with the key; none without a file. */
    public ChainCheckpoint.Found recorded() {
        if (file.isEmpty()) {
            return new ChainCheckpoint.Found(List.of(), List.of());
        }
        try {
            return ChainCheckpoint.find(Files.readAllLines(Path.of(file.get()), StandardCharsets.UTF_8), key);
        } catch (NoSuchFileException e) {
            return new ChainCheckpoint.Found(List.of(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("checkpoint file " + file.get() + " could not be read", e);
        }
    }
}
