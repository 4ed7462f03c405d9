package nl.gebiedsteam.caseload.task.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.web.Messages;
import nl.gebiedsteam.caseload.task.TaskRow;
import nl.gebiedsteam.caseload.task.TaskService;
import org.omnifaces.cdi.ViewScoped;

/** /task/list.xhtml: open tasks, earliest due first; done with a note. */
@Named
@ViewScoped
public class TaskListBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ROWS = 100;

    @Inject
    TaskService taskService;

    private List<TaskRow> tasks;
    private TaskRow closing;
    private String note;

    public void load() {
        tasks = taskService.open(0, ROWS);
    }

    public void startClosing(TaskRow row) {
        closing = row;
        note = null;
    }

    public void complete() {
        try {
            taskService.complete(closing.id(), closing.version(), note);
        } catch (CaseloadException e) {
            Messages.error(null, e);
            return;
        }
        Messages.info("task.done");
        closing = null;
        load();
    }

    public List<TaskRow> getTasks() {
        return tasks;
    }

    public TaskRow getClosing() {
        return closing;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
