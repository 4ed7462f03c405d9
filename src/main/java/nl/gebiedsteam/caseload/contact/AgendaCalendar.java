package nl.gebiedsteam.caseload.contact;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import nl.gebiedsteam.caseload.shared.Times;

/**
 * An agenda as iCalendar (RFC 5545) for a worker's own calendar app. It names no client and no
 * place: a calendar is synchronised to phones and cloud services outside the municipality's
 * control, so an appointment says only its kind and the client's initials ("Huisbezoek – E.H.").
 */
public final class AgendaCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final String CRLF = "\r\n";

    private AgendaCalendar() {
    }

    /** The appointments as one calendar; {@code kindLabel} names a kind in the worker's language. */
    public static String of(List<AgendaRow> rows, Function<PlannedKind, String> kindLabel, LocalDateTime nowUtc) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Caseload//Agenda//NL");
        line(out, "CALSCALE:GREGORIAN");
        for (AgendaRow row : rows) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:appointment-" + row.id() + "@caseload");
            line(out, "DTSTAMP:" + UTC.format(nowUtc));
            line(out, "DTSTART:" + utc(row.startsLocal()));
            line(out, "DTEND:" + utc(row.endsLocal()));
            line(out, "SUMMARY:" + text(kindLabel.apply(row.kind()) + " – " + row.clientInitials()));
            line(out, "STATUS:" + (row.status() == PlannedStatus.NOT_HELD ? "CANCELLED" : "CONFIRMED"));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static String utc(LocalDateTime local) {
        return UTC.format(local.atZone(Times.DISPLAY_ZONE).withZoneSameInstant(ZoneOffset.UTC));
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    private static void line(StringBuilder out, String line) {
        out.append(line).append(CRLF);
    }
}
