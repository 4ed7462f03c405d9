package nl.gebiedsteam.caseload.substance.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.web.Messages;
import nl.gebiedsteam.caseload.substance.InformationSource;
import nl.gebiedsteam.caseload.substance.Substance;
import nl.gebiedsteam.caseload.substance.SubstanceProfileForm;
import nl.gebiedsteam.caseload.substance.SubstanceService;
import nl.gebiedsteam.caseload.substance.UseFrequency;
import nl.gebiedsteam.caseload.substance.UseRoute;
import org.omnifaces.cdi.ViewScoped;

/** /client/substance.xhtml: the substance profile, health data read only when this page is opened. */
@Named
@ViewScoped
public class ClientSubstanceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SubstanceService substanceService;

    private Long id;
    private SubstanceProfileForm form;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        form = substanceService.load(id);
    }

    public String save() {
        try {
            substanceService.save(form);
        } catch (CaseloadException e) {
            Messages.error(null, e);
            return null;
        }
        Messages.flash("substance.saved");
        return "/client/view.xhtml?faces-redirect=true&id=" + id;
    }

    public Substance[] getSubstances() {
        return Substance.values();
    }

    public UseFrequency[] getFrequencies() {
        return UseFrequency.values();
    }

    public UseRoute[] getRoutes() {
        return UseRoute.values();
    }

    public InformationSource[] getInformationSources() {
        return InformationSource.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SubstanceProfileForm getForm() {
        return form;
    }
}
