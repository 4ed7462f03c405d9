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

    public static LocalDateTime toDisplay(LocalDateTime utc) {
        return utc == null ? null : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(DISPLAY_ZONE).toLocalDateTime();
    }
}
