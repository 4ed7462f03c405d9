package nl.gebiedsteam.caseload.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Secret keys the operator sets in the environment (never in the database). Outside demo mode a
 * missing or short key stops the start-up with a message naming the variable; the demo uses a
 * fixed key, published with the demo data and no secret.
 */
@ApplicationScoped
public class ConfiguredKeys {

    private static final int MIN_LENGTH = 16;

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "caseload.demo", defaultValue = "false")
    boolean demo;

    public String require(String property, String variable, String demoKey, String usedFor) {
        return config.getOptionalValue(property, String.class).filter(k -> k.length() >= MIN_LENGTH).orElseGet(() -> {
            if (!demo) {
                throw new IllegalStateException(variable + " is not set or shorter than " + MIN_LENGTH + " characters: "
                        + usedFor + " (README, Configuration)");
            }
            return demoKey;
        });
    }
}
