package nl.gebiedsteam.caseload.worker.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.gebiedsteam.caseload.shared.CaseloadException;
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

    /** The form's field a refusal of the service is about, so its message stands beside that field. */
    private static final Map<String, String> FIELD_OF_REFUSAL = Map.of(
            "worker.loginName.taken", "workers:loginName", "worker.roles.required", "workers:roles",
            "worker.roles.adminExclusive", "workers:roles", "worker.team.required", "workers:team");

    @Inject
    WorkerService workerService;

    private List<WorkerRow> workers;
    private List<WorkerChangeRow> pendingChanges;
    private List<Option> teams;
    private WorkerForm form;

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
    }

    public void edit(long id) {
        form = workerService.loadWorker(id);
    }

    public void cancel() {
        form = null;
    }

    public void save() {
        try {
            WorkerService.Saved saved = form.isNew() ? workerService.createWorker(form) : workerService.updateWorker(form);
            Messages.info(saved.outcome() == WorkerService.Outcome.APPLIED ? "worker.saved" : "worker.awaitingApproval",
                    form.getDisplayName());
            showPassword(form.getLoginName(), saved.oneTimePassword());
            form = null;
            refresh();
        } catch (CaseloadException e) {
            // a refusal about one field stands beside it; a lost update names who saved first and when
            String field = FIELD_OF_REFUSAL.get(e.getMessageKey());
            if (field == null) {
                Messages.error(null, e);
            } else {
                Messages.fieldError(field, e);
            }
        }
    }

    public void resetPassword() {
        try {
            WorkerService.Saved saved = workerService.resetPassword(form.getId());
            Messages.info(saved.outcome() == WorkerService.Outcome.APPLIED ? "worker.passwordReset"
                    : "worker.passwordAwaitingApproval", form.getDisplayName());
            showPassword(form.getLoginName(), saved.oneTimePassword());
            refresh();
        } catch (CaseloadException e) {
            Messages.error(null, e);
        }
    }

    public void unlock(long id) {
        workerService.unlock(id);
        Messages.info("worker.unlocked");
        refresh();
    }

    /** A second administrator approves a waiting change. */
    public void approve(long changeId) {
        String login = pendingChanges.stream().filter(c -> c.id() == changeId).map(WorkerChangeRow::workerLogin)
                .findFirst().orElse("");
        try {
            String password = workerService.approve(changeId).orElse(null);
            Messages.info("worker.change.approved");
            showPassword(login, password);
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

    /**
     * The issued one-time password, in this response's messages only: it is kept in no bean, so it
     * is gone with the page and never reaches the replicated session.
     */
    private static void showPassword(String login, String password) {
        if (password != null) {
            Messages.info("worker.oneTimePassword", login, password);
        }
    }
}
