package nl.gebiedsteam.caseload.shared;

/** Free text as the services store it: trimmed, and an empty field is no value at all. */
public final class Text {

    private Text() {
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The trimmed text, or null for a missing or blank one. */
    public static String blankToNull(String value) {
        return isBlank(value) ? null : value.strip();
    }
}
