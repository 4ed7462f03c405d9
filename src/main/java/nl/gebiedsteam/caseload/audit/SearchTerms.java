package nl.gebiedsteam.caseload.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.gebiedsteam.caseload.shared.ConfiguredKeys;

/**
 * What someone searched for is identifying (a name, a BSN), and the access log keeps it for years
 * and can never change it. So a log line holds a keyed hash of each search term, never the term:
 * with the key (from configuration, never in the database) the privacy officer can still ask "who
 * searched for this BSN?", and without it the line reveals nothing. Terms are compared as typed
 * apart from case, spaces, dots and hyphens; a date as dd-mm-yyyy or yyyy-mm-dd.
 */
@ApplicationScoped
public class SearchTerms {

    /** Only for the synthetic demo; a real installation sets its own ({@code CASELOAD_LOG_TERM_KEY}). */
    static final String DEMO_KEY = "caseload-demo-log-term-key-not-secret";
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    @Inject
    ConfiguredKeys keys;

    private SecretKeySpec key;

    /** Checked at start-up: without a key no search could be logged, so the application does not start. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        pseudonym("start-up check");
    }

    @PostConstruct
    void init() {
        key = keyOf(keys.require("caseload.log.term-key", "CASELOAD_LOG_TERM_KEY", DEMO_KEY,
                "the access log keeps search terms only as hashes under that key"));
    }

    /** The term as it is written in the log: "h:" and 16 hex digits, or null for an empty term. */
    public String pseudonym(Object term) {
        return pseudonym(term, key);
    }

    static SecretKeySpec keyOf(String secret) {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    static String pseudonym(Object term, SecretKeySpec key) {
        String normal = normalise(term);
        if (normal.isEmpty()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] hash = mac.doFinal(normal.getBytes(StandardCharsets.UTF_8));
            return "h:" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    static String normalise(Object term) {
        if (term == null) {
            return "";
        }
        String text = term instanceof LocalDate date ? date.toString() : term.toString().strip();
        try {
            text = LocalDate.parse(text, DUTCH_DATE).toString();
        } catch (DateTimeParseException notADutchDate) {
            // a name, a BSN or an ISO date: as typed
        }
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s.\\-]", "");
    }
}
