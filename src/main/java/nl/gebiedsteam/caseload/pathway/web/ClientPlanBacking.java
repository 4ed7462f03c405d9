package nl.gebiedsteam.caseload.pathway.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.gebiedsteam.caseload.pathway.GoalStatus;
import nl.gebiedsteam.caseload.pathway.PlanForm;
import nl.gebiedsteam.caseload.pathway.PlanService;
import nl.gebiedsteam.caseload.pathway.PlanVersion;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.web.Messages;
import org.omnifaces.cdi.ViewScoped;

/**
 * /client/plan.xhtml: edit the draft of the support plan (or start the next version of an agreed
 * one) and read every earlier version.
 */
@Named
@ViewScoped
public class ClientPlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanService planService;

    private Long pathway;
    private PlanForm form;
    private List<PlanVersion> versions;

    public void load() {
        if (pathway == null) {
            throw new NotFoundException();
        }
        form = planService.loadForEdit(pathway);
        versions = planService.versions(pathway);
    }

    public void addGoal() {
        form.addGoal();
    }

    public String save() {
        try {
            planService.save(form);
        } catch (CaseloadException e) {
            Messages.error(null, e);
            return null;
        }
        Messages.flash("plan.saved");
        return "/client/plan.xhtml?faces-redirect=true&pathway=" + pathway;
    }

    public GoalStatus[] getGoalStatuses() {
        return GoalStatus.values();
    }

    public Long getPathway() {
        return pathway;
    }

    public void setPathway(Long pathway) {
        this.pathway = pathway;
    }

    public PlanForm getForm() {
        return form;
    }

    public List<PlanVersion> getVersions() {
        return versions;
    }
}
