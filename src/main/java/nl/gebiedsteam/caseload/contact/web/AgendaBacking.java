package nl.gebiedsteam.caseload.contact.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gebiedsteam.caseload.contact.AgendaRow;
import nl.gebiedsteam.caseload.contact.AgendaService;
import nl.gebiedsteam.caseload.contact.ClientChoice;
import nl.gebiedsteam.caseload.contact.NotHeldReason;
import nl.gebiedsteam.caseload.contact.PlannedKind;
import nl.gebiedsteam.caseload.contact.PlannedStatus;
import nl.gebiedsteam.caseload.security.CurrentCaller;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.Role;
import nl.gebiedsteam.caseload.shared.web.Messages;
import org.omnifaces.cdi.ViewScoped;

/**
 * /agenda/my.xhtml, "Mijn agenda": a day or a week of one's own appointments (or, for a team lead,
 * the team's), planning a new one, and ending one as held (it becomes a contact) or not held. What
 * is shown lives in the URL (date, day or week, mine or the team's), so Back, a bookmark and a
 * reload keep it.
 */
@Named
@ViewScoped
public class AgendaBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_MINUTES = 45;
    private static final Map<String, String> FIELDS = Map.of("agenda.when.invalid", "plan:day",
            "agenda.duration.invalid", "plan:duration", "agenda.kind.required", "plan:kind", "agenda.place.tooLong",
            "plan:place", "contact.note.tooLong", "end:note", "contact.duration.invalid", "end:duration",
            "agenda.held.notYet", "end:held", "agenda.notHeld.reasonRequired", "end:reason");
    /** A refusal of a move is about the move's own fields. */
    private static final Map<String, String> MOVE_FIELDS = Map.of("agenda.when.invalid", "end:moveDay",
            "agenda.duration.invalid", "end:duration");

    @Inject
    AgendaService agenda;

    @Inject
    CurrentCaller currentCaller;

    /** From the URL: the day shown (or a day of the week shown), "day" or "week", "team" or not. */
    private String date;
    private String view;
    private String scope;
    /** From the URL: the client to plan with, when planning from the file. */
    private Long client;

    private LocalDate day;
    private Map<LocalDate, List<AgendaRow>> days;
    private List<ClientChoice> clients;

    private Long planClient;
    private LocalDate planDay;
    private LocalTime planTime;
    private Integer planDuration = DEFAULT_MINUTES;
    private PlannedKind planKind = PlannedKind.OFFICE;
    private String planPlace;

    /** The appointment being ended, or null. */
    private AgendaRow ending;
    private Integer endDuration;
    private String endNote;
    private NotHeldReason endReason;
    private LocalDate moveDay;
    private LocalTime moveTime;

    public void load() {
        day = parse(date);
        if (clients == null) {
            clients = new ArrayList<>(agenda.myClients());
            if (client != null && clients.stream().noneMatch(c -> c.id() == client)) {
                clients.add(0, agenda.client(client));
            }
            planClient = client;
            planDay = day.isBefore(LocalDate.now(Times.DISPLAY_ZONE)) ? LocalDate.now(Times.DISPLAY_ZONE) : day;
        }
        refresh();
    }

    private void refresh() {
        LocalDate from = isWeek() ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
        LocalDate until = from.plusDays(isWeek() ? 7 : 1);
        List<AgendaRow> rows = isTeam() ? agenda.team(from, until) : agenda.mine(from, until);
        days = new LinkedHashMap<>();
        for (LocalDate d = from; d.isBefore(until); d = d.plusDays(1)) {
            days.put(d, new ArrayList<>());
        }
        rows.forEach(r -> days.get(r.startsLocal().toLocalDate()).add(r));
    }

    private static LocalDate parse(String value) {
        try {
            return value == null || value.isBlank() ? LocalDate.now(Times.DISPLAY_ZONE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return LocalDate.now(Times.DISPLAY_ZONE);
        }
    }

    public void plan() {
        if (planClient == null) {
            Messages.error("plan:client", "agenda.client.required");
            return;
        }
        try {
            agenda.plan(planClient, planDay == null || planTime == null ? null : LocalDateTime.of(planDay, planTime),
                    planDuration, planKind, planPlace);
        } catch (CaseloadException e) {
            Messages.error(FIELDS.get(e.getMessageKey()), e);
            return;
        }
        Messages.info("agenda.planned");
        planTime = null;
        planPlace = null;
        refresh();
    }

    public void startEnding(AgendaRow row) {
        ending = agenda.appointment(row.id());
        endDuration = ending.durationMinutes();
        endNote = null;
        endReason = null;
        moveDay = ending.startsLocal().toLocalDate();
        moveTime = ending.startsLocal().toLocalTime();
    }

    /** Moves the appointment to another day or time (and the duration given above). */
    public void move() {
        try {
            agenda.change(ending.id(), ending.version(), moveDay == null || moveTime == null ? null
                    : LocalDateTime.of(moveDay, moveTime), endDuration, ending.kind(), ending.place());
        } catch (CaseloadException e) {
            Messages.error(MOVE_FIELDS.get(e.getMessageKey()), e);
            return;
        }
        Messages.info("agenda.moved");
        ending = null;
        refresh();
    }

    public void held() {
        try {
            agenda.held(ending.id(), ending.version(), endDuration, endNote);
        } catch (CaseloadException e) {
            Messages.error(FIELDS.get(e.getMessageKey()), e);
            return;
        }
        Messages.info("agenda.heldDone");
        ending = null;
        refresh();
    }

    public void notHeld() {
        try {
            agenda.notHeld(ending.id(), ending.version(), endReason);
        } catch (CaseloadException e) {
            Messages.error(FIELDS.get(e.getMessageKey()), e);
            return;
        }
        Messages.info("agenda.notHeldDone");
        ending = null;
        refresh();
    }

    public void cancelEnding() {
        ending = null;
    }

    /** Whether the caller may end this appointment here: their own, or as lead any of the team's. */
    public boolean mayEnd(AgendaRow row) {
        return row.status() == PlannedStatus.PLANNED
                && (row.workerId() == currentCaller.require().workerId() || isTeam());
    }

    public boolean isOverdue(AgendaRow row) {
        return row.isOverdue(LocalDateTime.now(Times.DISPLAY_ZONE));
    }

    public boolean isWeek() {
        return !"day".equals(view);
    }

    public boolean isTeam() {
        return "team".equals(scope) && currentCaller.require().has(Role.TEAM_LEAD);
    }

    public boolean isLead() {
        return currentCaller.require().has(Role.TEAM_LEAD);
    }

    /** The day the "previous" and "next" links go to. */
    public String getPrevious() {
        return day.minusDays(isWeek() ? 7 : 1).toString();
    }

    public String getNext() {
        return day.plusDays(isWeek() ? 7 : 1).toString();
    }

    public String getToday() {
        return LocalDate.now(Times.DISPLAY_ZONE).toString();
    }

    public LocalDate getDay() {
        return day;
    }

    public Map<LocalDate, List<AgendaRow>> getDays() {
        return days;
    }

    public List<LocalDate> getDayList() {
        return new ArrayList<>(days.keySet());
    }

    public List<ClientChoice> getClients() {
        return clients;
    }

    public PlannedKind[] getKinds() {
        return PlannedKind.values();
    }

    public NotHeldReason[] getReasons() {
        return NotHeldReason.values();
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    /** "week" unless the URL asks for "day"; never null, since the page's links carry it. */
    public String getView() {
        return isWeek() ? "week" : "day";
    }

    public void setView(String view) {
        this.view = view;
    }

    /** "team" or "mine"; never null, since the page's links carry it. */
    public String getScope() {
        return isTeam() ? "team" : "mine";
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public Long getClient() {
        return client;
    }

    public void setClient(Long client) {
        this.client = client;
    }

    public Long getPlanClient() {
        return planClient;
    }

    public void setPlanClient(Long planClient) {
        this.planClient = planClient;
    }

    public LocalDate getPlanDay() {
        return planDay;
    }

    public void setPlanDay(LocalDate planDay) {
        this.planDay = planDay;
    }

    public LocalTime getPlanTime() {
        return planTime;
    }

    public void setPlanTime(LocalTime planTime) {
        this.planTime = planTime;
    }

    public Integer getPlanDuration() {
        return planDuration;
    }

    public void setPlanDuration(Integer planDuration) {
        this.planDuration = planDuration;
    }

    public PlannedKind getPlanKind() {
        return planKind;
    }

    public void setPlanKind(PlannedKind planKind) {
        this.planKind = planKind;
    }

    public String getPlanPlace() {
        return planPlace;
    }

    public void setPlanPlace(String planPlace) {
        this.planPlace = planPlace;
    }

    public AgendaRow getEnding() {
        return ending;
    }

    public Integer getEndDuration() {
        return endDuration;
    }

    public void setEndDuration(Integer endDuration) {
        this.endDuration = endDuration;
    }

    public String getEndNote() {
        return endNote;
    }

    public void setEndNote(String endNote) {
        this.endNote = endNote;
    }

    public LocalDate getMoveDay() {
        return moveDay;
    }

    public void setMoveDay(LocalDate moveDay) {
        this.moveDay = moveDay;
    }

    public LocalTime getMoveTime() {
        return moveTime;
    }

    public void setMoveTime(LocalTime moveTime) {
        this.moveTime = moveTime;
    }

    public NotHeldReason getEndReason() {
        return endReason;
    }

    public void setEndReason(NotHeldReason endReason) {
        this.endReason = endReason;
    }
}
