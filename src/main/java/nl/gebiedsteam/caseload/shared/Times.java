package nl.gebiedsteam.caseload.shared;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The database stores UTC; people read Dutch local time. */
public final class Times {

    public static final ZoneId DISPLAY_ZONE = ZoneId.of("Europe/Amsterdam");

    private Times() {
    }

    public static LocalDateTime nowUtc() {
        // microseconds: what DATETIME(6) keeps, so a value read back equals the one written
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * A UTC instant as a {@link java.util.Date} for {@code MessageFormat}, which formats dates in the
     * JVM's default zone: shifted so the text shows the Dutch wall-clock time whatever that zone is.
     */
    public static java.util.Date forMessage(LocalDateTime utc) {
        return utc == null ? null
                : java.util.Date.from(toDisplay(utc).atZone(java.time.ZoneId.systemDefault()).toInstant());
    }

    /** The UTC instant at which a calendar day of the display zone begins. */
    public static LocalDateTime startOfDayUtc(java.time.LocalDate day) {
        return day.atStartOfDay(DISPLAY_ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    /** A DATETIME column as a native query returns it. */
    public static LocalDateTime column(Object value) {
        return value instanceof LocalDateTime l ? l : value == null ? null : ((java.sql.Timestamp) value).toLocalDateTime();
    }

    /** A DATE column as a native query or plain JDBC returns it. */
    public static java.time.LocalDate dateColumn(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (java.time.LocalDate) value;
    }

    public static LocalDateTime toDisplay(LocalDateTime utc) {
        return utc == null ? null : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(DISPLAY_ZONE).toLocalDateTime();
    }
}
