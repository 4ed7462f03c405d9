package nl.gebiedsteam.caseload.client.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.gebiedsteam.caseload.client.ClientFile;
import nl.gebiedsteam.caseload.client.ClientService;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.web.Messages;
import org.omnifaces.cdi.ViewScoped;

/** /client/view.xhtml: one client's file, and voiding it with a reason. */
@Named
@ViewScoped
public class ClientViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClientService clientService;

    private Long id;
    private ClientFile file;
    private String voidReason;

    public void load() {
        if (id == null) {
            throw new nl.gebiedsteam.caseload.shared.NotFoundException();
        }
        file = clientService.view(id);
    }

    public String voidClient() {
        try {
            clientService.voidClient(file.id(), file.version(), voidReason);
        } catch (CaseloadException e) {
            Messages.error("voidForm:reason", e);
            return null;
        }
        Messages.flash("client.voided", file.fullName());
        return "/client/list.xhtml?faces-redirect=true";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ClientFile getFile() {
        return file;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public void setVoidReason(String voidReason) {
        this.voidReason = voidReason;
    }
}
