package nl.gebiedsteam.caseload.shared;

import java.util.Optional;

/**
 * Secret keys the operator sets in the environment (never in the database). Outside demo mode a
 * missing or short key stops the start-up with a message naming the variable; the demo uses a
 * fixed key, published with the demo data and no secret.
 */
public final class ConfiguredKeys {

    public static final int MIN_LENGTH = 16;

    private ConfiguredKeys() {
    }

    public static String require(Optional<String> configured, boolean demo, String demoKey, String variable,
            String usedFor) {
        return configured.filter(k -> k.length() >= MIN_LENGTH).orElseGet(() -> {
            if (!demo) {
                throw new IllegalStateException(variable + " is not set or shorter than " + MIN_LENGTH + " characters: "
                        + usedFor + " (README, Configuration)");
            }
            return demoKey;
        });
    }
}
