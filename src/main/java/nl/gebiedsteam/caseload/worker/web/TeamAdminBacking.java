package nl.gebiedsteam.caseload.worker.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.web.Messages;
import nl.gebiedsteam.caseload.worker.AreaTeam;
import nl.gebiedsteam.caseload.worker.TeamForm;
import nl.gebiedsteam.caseload.worker.WorkerService;
import org.omnifaces.cdi.ViewScoped;

/** /admin/teams.xhtml: area teams, created and retired by the functional admin. */
@Named
@ViewScoped
public class TeamAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkerService workerService;

    private List<AreaTeam> teams;
    private TeamForm form;

    @PostConstruct
    void init() {
        teams = workerService.teams();
    }

    public void create() {
        form = new TeamForm();
    }

    public void edit(long id) {
        form = workerService.loadTeam(id);
    }

    public void cancel() {
        form = null;
    }

    public void save() {
        try {
            workerService.saveTeam(form);
            Messages.info("team.saved", form.getName());
            form = null;
            teams = workerService.teams();
        } catch (CaseloadException e) {
            // a lost update names who saved first and when, as on the client's file
            Messages.error(null, e);
        }
    }

    public List<AreaTeam> getTeams() {
        return teams;
    }

    public TeamForm getForm() {
        return form;
    }
}
