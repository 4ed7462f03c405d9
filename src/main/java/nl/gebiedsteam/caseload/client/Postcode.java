package nl.gebiedsteam.caseload.client;

import java.util.Locale;
import java.util.regex.Pattern;

/** Dutch postcode, stored as "1234 AB". */
public final class Postcode {

    private static final Pattern FORMAT = Pattern.compile("[1-9][0-9]{3} ?[A-Z]{2}");

    private Postcode() {
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value.trim().toUpperCase(Locale.ROOT)).matches();
    }

    public static String normalise(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String compact = value.replace(" ", "").toUpperCase(Locale.ROOT);
        return compact.length() == 6 ? compact.substring(0, 4) + " " + compact.substring(4) : value.trim();
    }
}
