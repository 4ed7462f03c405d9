package nl.gebiedsteam.caseload.worker.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.gebiedsteam.caseload.security.Role;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.ConcurrentEditException;
import nl.gebiedsteam.caseload.shared.Option;
import nl.gebiedsteam.caseload.shared.web.Messages;
import nl.gebiedsteam.caseload.worker.WorkerForm;
import nl.gebiedsteam.caseload.worker.WorkerRow;
import nl.gebiedsteam.caseload.worker.WorkerService;
import org.omnifaces.cdi.ViewScoped;

/** /admin/workers.xhtml: the functional admin's list of workers with an edit form beside it. */
@Named
@ViewScoped
public class WorkerAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkerService workerService;

    private List<WorkerRow> workers;
    private List<Option> teams;
    private WorkerForm form;
    private String newPassword;

    @PostConstruct
    void init() {
        workers = workerService.workers();
        teams = workerService.activeTeams();
    }

    public void create() {
        form = new WorkerForm();
        newPassword = null;
    }

    public void edit(long id) {
        form = workerService.loadWorker(id);
        newPassword = null;
    }

    public void cancel() {
        form = null;
    }

    public void save() {
        try {
            if (form.isNew()) {
                workerService.createWorker(form, newPassword == null ? null : newPassword.toCharArray());
            } else {
                workerService.updateWorker(form);
            }
            Messages.info("worker.saved", form.getDisplayName());
            form = null;
            workers = workerService.workers();
        } catch (ConcurrentEditException e) {
            Messages.error(null, "admin.concurrentEdit", e.getModifiedBy());
        } catch (CaseloadException e) {
            Messages.error(null, e);
        } finally {
            newPassword = null;
        }
    }

    public void resetPassword() {
        try {
            workerService.resetPassword(form.getId(), newPassword == null ? null : newPassword.toCharArray());
            Messages.info("worker.passwordReset", form.getDisplayName());
            workers = workerService.workers();
        } catch (CaseloadException e) {
            Messages.error(null, e);
        } finally {
            newPassword = null;
        }
    }

    public void unlock(long id) {
        workerService.unlock(id);
        Messages.info("worker.unlocked");
        workers = workerService.workers();
    }

    public List<WorkerRow> getWorkers() {
        return workers;
    }

    public List<Option> getTeams() {
        return teams;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public WorkerForm getForm() {
        return form;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
