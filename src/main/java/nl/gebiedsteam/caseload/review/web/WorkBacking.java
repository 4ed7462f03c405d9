package nl.gebiedsteam.caseload.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.gebiedsteam.caseload.contact.AgendaRow;
import nl.gebiedsteam.caseload.contact.AgendaService;
import nl.gebiedsteam.caseload.review.MyClient;
import nl.gebiedsteam.caseload.review.RecentAssignment;
import nl.gebiedsteam.caseload.review.SentBack;
import nl.gebiedsteam.caseload.review.WorkService;
import nl.gebiedsteam.caseload.security.AccessRules;
import nl.gebiedsteam.caseload.security.CurrentCaller;
import nl.gebiedsteam.caseload.task.TaskRow;
import nl.gebiedsteam.caseload.task.TaskService;

/** The "my work" part of the start page (/index.xhtml) for caseworkers and team leads. */
@Named
@RequestScoped
public class WorkBacking {

    private static final int TASKS = 20;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    WorkService workService;

    @Inject
    TaskService taskService;

    @Inject
    AgendaService agenda;

    private boolean loaded;
    private List<TaskRow> tasks = List.of();
    private List<MyClient> attention = List.of();
    private List<RecentAssignment> recent = List.of();
    private List<SentBack> sentBack = List.of();
    private List<AgendaRow> appointments = List.of();

    /** viewAction of the start page: only people who work with clients have work here. */
    public void load() {
        if (!AccessRules.worksWithClients(currentCaller.get().orElse(null))) {
            return;
        }
        tasks = taskService.open(0, TASKS);
        attention = workService.clientsNeedingAttention();
        recent = workService.recentlyAssigned();
        sentBack = workService.sentBack();
        appointments = agenda.overdue();
        loaded = true;
    }

    public boolean isLoaded() {
        return loaded;
    }

    public List<TaskRow> getTasks() {
        return tasks;
    }

    public List<MyClient> getAttention() {
        return attention;
    }

    public List<RecentAssignment> getRecent() {
        return recent;
    }

    /** My appointments that have ended but are not yet marked as held or not held. */
    public List<AgendaRow> getAppointments() {
        return appointments;
    }

    public List<SentBack> getSentBack() {
        return sentBack;
    }
}
