package nl.gebiedsteam.caseload.privacy.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.gebiedsteam.caseload.privacy.RetentionCandidate;
import nl.gebiedsteam.caseload.privacy.RetentionService;
import nl.gebiedsteam.caseload.shared.web.Messages;
import org.omnifaces.cdi.ViewScoped;

/**
 * /review/destruction.xhtml: the team lead, the second person a destruction needs, confirms the
 * files of their team that the privacy officer put before them.
 */
@Named
@ViewScoped
public class DestructionConfirmBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RetentionService retention;

    private List<RetentionCandidate> list;

    public void load() {
        list = retention.awaitingConfirmation();
    }

    public void confirm(long clientId) {
        if (Messages.attempt(() -> retention.confirm(clientId))) {
            Messages.info("destructionConfirm.confirmed", clientId);
        }
        load();
    }

    public List<RetentionCandidate> getList() {
        return list;
    }
}
