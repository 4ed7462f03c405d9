package nl.gebiedsteam.caseload.signal.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.gebiedsteam.caseload.client.ClientService;
import nl.gebiedsteam.caseload.client.LegalGround;
import nl.gebiedsteam.caseload.client.Purpose;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.Option;
import nl.gebiedsteam.caseload.shared.web.Messages;
import nl.gebiedsteam.caseload.signal.ConcernLevel;
import nl.gebiedsteam.caseload.signal.SignalForm;
import nl.gebiedsteam.caseload.signal.SignalService;
import nl.gebiedsteam.caseload.signal.SignalSource;
import org.omnifaces.cdi.ViewScoped;

/**
 * /signal/edit.xhtml: register a signal, about a client of the file it was opened from
 * ({@code ?client=}) or about a person not yet identified.
 */
@Named
@ViewScoped
public class SignalEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignalService signalService;

    @Inject
    ClientService clientService;

    private Long client;
    private String clientName;
    private SignalForm form;
    private List<Option> teams;

    public void load() {
        form = signalService.newForm();
        if (client != null) {
            clientName = clientService.view(client).fullName();
            form.setClientId(client);
        }
        teams = clientService.teams();
    }

    public String save() {
        long id;
        try {
            id = signalService.register(form);
        } catch (CaseloadException e) {
            Messages.error(null, e);
            return null;
        }
        Messages.flash("signal.saved");
        return client != null ? "/client/view.xhtml?faces-redirect=true&id=" + client
                : "/signal/view.xhtml?faces-redirect=true&id=" + id;
    }

    public SignalSource[] getSources() {
        return SignalSource.values();
    }

    public ConcernLevel[] getConcernLevels() {
        return ConcernLevel.values();
    }

    public Purpose[] getPurposes() {
        return Purpose.values();
    }

    public LegalGround[] getLegalGrounds() {
        return LegalGround.values();
    }

    public List<Option> getTeams() {
        return teams;
    }

    public Long getClient() {
        return client;
    }

    public void setClient(Long client) {
        this.client = client;
    }

    public String getClientName() {
        return clientName;
    }

    public SignalForm getForm() {
        return form;
    }
}
