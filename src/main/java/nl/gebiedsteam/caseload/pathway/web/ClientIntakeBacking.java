package nl.gebiedsteam.caseload.pathway.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.gebiedsteam.caseload.pathway.IntakeForm;
import nl.gebiedsteam.caseload.pathway.IntakeService;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.web.Messages;
import org.omnifaces.cdi.ViewScoped;

/** /client/intake.xhtml: the intake of a pathway; scores per life domain are optional. */
@Named
@ViewScoped
public class ClientIntakeBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<Integer> SCORES = List.of(1, 2, 3, 4, 5);

    @Inject
    IntakeService intakeService;

    private Long pathway;
    private IntakeForm form;

    public void load() {
        if (pathway == null) {
            throw new NotFoundException();
        }
        form = intakeService.load(pathway);
    }

    public String save() {
        try {
            intakeService.save(form);
        } catch (CaseloadException e) {
            Messages.error(null, e);
            return null;
        }
        Messages.flash("intake.saved");
        return "/client/view.xhtml?faces-redirect=true&id=" + form.getClientId();
    }

    /** Scores 1–5 as Integers, the type the form holds, so the submitted choice validates. */
    public List<Integer> getScores() {
        return SCORES;
    }

    public Long getPathway() {
        return pathway;
    }

    public void setPathway(Long pathway) {
        this.pathway = pathway;
    }

    public IntakeForm getForm() {
        return form;
    }
}
