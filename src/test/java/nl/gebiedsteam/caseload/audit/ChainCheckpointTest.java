package nl.gebiedsteam.caseload.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainCheckpointTest {

    private static final byte[] KEY = "a key of sixteen characters or more".getBytes(StandardCharsets.UTF_8);
    private static final ChainCheckpoint CHECKPOINT = new ChainCheckpoint(1234, "ab".repeat(32),
            Instant.parse("2026-12-07T20:00:00Z"));

    @Test
    void aSignedLine_isFoundAgain_alsoInsideAnotherLogLine() {
        String line = CHECKPOINT.line(KEY);
        assertEquals("caseload-chain-checkpoint v1 seq=1234 hash=" + "ab".repeat(32) + " at=2026-12-07T20:00:00Z sig=",
                line.substring(0, line.indexOf("sig=") + 4));
        ChainCheckpoint.Found found = ChainCheckpoint.find(List.of(line, "Dec  7 20:00:00 host caseload: " + line,
                "an unrelated line"), KEY);
        assertEquals(List.of(CHECKPOINT, CHECKPOINT), found.checkpoints());
        assertEquals(List.of(), found.forged());
    }

    @Test
    void aChangedPlace_hashOrTime_anotherKey_orAGarbledLine_isForged() {
        String line = CHECKPOINT.line(KEY);
        List<String> forged = List.of(line.replace("seq=1234", "seq=1235"),
                line.replace("hash=ab", "hash=cb"),
                line.replace("20:00:00Z", "21:00:00Z"),
                CHECKPOINT.line("another key of sixteen characters".getBytes(StandardCharsets.UTF_8)),
                "caseload-chain-checkpoint v1 seq=1 hash=short",
                line.replace("at=2026-12-07T20:00:00Z", "at=yesterday"));
        ChainCheckpoint.Found found = ChainCheckpoint.find(forged, KEY);
        assertEquals(List.of(), found.checkpoints());
        assertEquals(forged, found.forged());
    }
}
