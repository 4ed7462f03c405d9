package nl.gebiedsteam.caseload.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * "At {@code at}, line {@code seq} of the access log chain had hash {@code hash}", signed with a key
 * the database does not hold (HMAC-SHA256 under {@code CASELOAD_CHECKPOINT_KEY}) and kept outside
 * it: a file, the server log, syslog. Whoever can rewrite the database can recompute the chain, but
 * not a checkpoint, so the verifier finds a rewrite or a cut-off tail before the last checkpoint.
 *
 * <p>One checkpoint is one line of text that can sit inside any log line, so the verifier reads a
 * checkpoint file, a server log or a syslog export alike:
 * {@code caseload-chain-checkpoint v1 seq=123 hash=<64 hex> at=2026-12-07T20:00:00Z sig=<64 hex>}.
 */
public record ChainCheckpoint(long seq, String hash, Instant at) {

    static final String MARK = "caseload-chain-checkpoint v1";
    private static final Pattern LINE = Pattern.compile(Pattern.quote(MARK)
            + " seq=(\\d+) hash=([0-9a-f]{64}) at=(\\S+) sig=([0-9a-f]{64})");

    /** The checkpoint as a line, signed. */
    public String line(byte[] key) {
        return payload() + " sig=" + signature(key, payload());
    }

    private String payload() {
        return MARK + " seq=" + seq + " hash=" + hash + " at=" + at;
    }

    /**
     * The checkpoints in some lines of text, and the lines that look like one but whose signature does
     * not hold (written by someone without the key, or changed).
     */
    public record Found(List<ChainCheckpoint> checkpoints, List<String> forged) {
    }

    public static Found find(List<String> lines, byte[] key) {
        List<ChainCheckpoint> checkpoints = new ArrayList<>();
        List<String> forged = new ArrayList<>();
        for (String line : lines) {
            if (!line.contains(MARK)) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.find()) {
                forged.add(line);
                continue;
            }
            try {
                ChainCheckpoint checkpoint = new ChainCheckpoint(Long.parseLong(m.group(1)), m.group(2),
                        Instant.parse(m.group(3)));
                boolean signed = MessageDigest.isEqual(signature(key, checkpoint.payload())
                        .getBytes(StandardCharsets.US_ASCII), m.group(4).getBytes(StandardCharsets.US_ASCII));
                if (signed) {
                    checkpoints.add(checkpoint);
                } else {
                    forged.add(line);
                }
            } catch (DateTimeParseException | NumberFormatException e) {
                forged.add(line);
            }
        }
        return new Found(checkpoints, forged);
    }

    private static String signature(byte[] key, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
