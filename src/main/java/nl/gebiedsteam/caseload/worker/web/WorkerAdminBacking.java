package nl.gebiedsteam.caseload.worker.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.ConcurrentEditException;
import nl.gebiedsteam.caseload.shared.Option;
import nl.gebiedsteam.caseload.shared.identity.Role;
import nl.gebiedsteam.caseload.shared.web.Messages;
import nl.gebiedsteam.caseload.worker.WorkerChangeRow;
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
    private List<WorkerChangeRow> pendingChanges;
    private List<Option> teams;
    private WorkerForm form;
    private String newPassword;

    @PostConstruct
    void init() {
        teams = workerService.activeTeams();
        refresh();
    }

    private void refresh() {
        workers = workerService.workers();
        pendingChanges = workerService.pendingChanges();
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
            WorkerService.Saved saved = form.isNew()
                    ? workerService.createWorker(form, newPassword == null ? null : newPassword.toCharArray())
                    : workerService.updateWorker(form);
            Messages.info(saved == WorkerService.Saved.APPLIED ? "worker.saved" : "worker.awaitingApproval",
                    form.getDisplayName());
            form = null;
            refresh();
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
            WorkerService.Saved saved = workerService.resetPassword(form.getId(),
                    newPassword == null ? null : newPassword.toCharArray());
            Messages.info(saved == WorkerService.Saved.APPLIED ? "worker.passwordReset"
                    : "worker.passwordAwaitingApproval", form.getDisplayName());
            refresh();
        } catch (CaseloadException e) {
            Messages.error(null, e);
        } finally {
            newPassword = null;
        }
    }

    public void unlock(long id) {
        workerService.unlock(id);
        Messages.info("worker.unlocked");
        refresh();
    }

    /** A second administrator approves a waiting change. */
    public void approve(long changeId) {
        try {
            workerService.approve(changeId);
            Messages.info("worker.change.approved");
        } catch (CaseloadException e) {
            Messages.error(null, e);
        }
        refresh();
    }

    /** Rejects a waiting change, or withdraws one's own request. */
    public void reject(long changeId) {
        try {
            workerService.reject(changeId);
            Messages.info("worker.change.rejected");
        } catch (CaseloadException e) {
            Messages.error(null, e);
        }
        refresh();
    }

    public List<WorkerChangeRow> getPendingChanges() {
        return pendingChanges;
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
