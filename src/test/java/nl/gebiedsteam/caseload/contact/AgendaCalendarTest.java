package nl.gebiedsteam.caseload.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaCalendarTest {

    private static AgendaRow row(long id, LocalDateTime start, PlannedStatus status) {
        return new AgendaRow(id, 1, start, 45, PlannedKind.HOME_VISIT, "Kerkstraat 12, Nijkerk", status, null, 21,
                "Emma Hendriks", "E.H.", 1, "Anna de Vries");
    }

    @Test
    void theCalendar_namesTheKindAndInitials_neverTheClientOrThePlace() {
        String ics = AgendaCalendar.of(List.of(row(7, LocalDateTime.of(2026, 12, 8, 10, 0), PlannedStatus.PLANNED),
                row(8, LocalDateTime.of(2026, 7, 1, 9, 30), PlannedStatus.NOT_HELD)), kind -> "Huisbezoek",
                LocalDateTime.of(2026, 12, 7, 12, 0));
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertTrue(ics.contains("UID:appointment-7@caseload\r\n"));
        // 10:00 in Amsterdam in winter is 09:00 UTC; 09:30 in summer is 07:30 UTC
        assertTrue(ics.contains("DTSTART:20261208T090000Z\r\nDTEND:20261208T094500Z\r\n"), ics);
        assertTrue(ics.contains("DTSTART:20260701T073000Z\r\n"), ics);
        assertTrue(ics.contains("SUMMARY:Huisbezoek – E.H.\r\n"));
        assertTrue(ics.contains("STATUS:CANCELLED\r\n"));
        assertFalse(ics.contains("Emma") || ics.contains("Hendriks") || ics.contains("Kerkstraat"), ics);
    }

    @Test
    void text_isEscapedAsRfc5545Asks() {
        assertEquals("a\\, b\\; c\\\\ d\\ne", AgendaCalendar.text("a, b; c\\ d\ne"));
    }
}
