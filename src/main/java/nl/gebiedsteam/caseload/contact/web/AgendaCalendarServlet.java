package nl.gebiedsteam.caseload.contact.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ResourceBundle;
import nl.gebiedsteam.caseload.contact.AgendaCalendar;
import nl.gebiedsteam.caseload.contact.AgendaService;
import nl.gebiedsteam.caseload.shared.Bundles;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.web.Downloads;
import nl.gebiedsteam.caseload.shared.web.LocaleBacking;

/** {@code GET /agenda/calendar.ics}: the caller's own agenda for their calendar app, without names. */
@WebServlet("/agenda/calendar.ics")
public class AgendaCalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AgendaService agenda;

    @Inject
    LocaleBacking language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResourceBundle bundle = Bundles.messages(language.getLocale());
        byte[] calendar = AgendaCalendar.of(agenda.forCalendar(), kind -> bundle.getString("plannedKind." + kind),
                Times.nowUtc()).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(calendar.length);
        Downloads.attachment(response, "text/calendar; charset=UTF-8", "caseload-agenda.ics").write(calendar);
    }
}
