package nl.gebiedsteam.caseload.client.web;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.gebiedsteam.caseload.client.ClientFile;
import nl.gebiedsteam.caseload.client.ClientService;
import nl.gebiedsteam.caseload.client.HandoverView;
import nl.gebiedsteam.caseload.client.Handovers;
import nl.gebiedsteam.caseload.client.FlagKind;
import nl.gebiedsteam.caseload.client.FlagView;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.web.Messages;
import org.omnifaces.cdi.ViewScoped;

/**
 * /client/view.xhtml, the header: the person, open flags, and voiding. The other sections of the
 * page (pathway, quick contact, timeline, the measures link) are backed by their own features'
 * beans, which the page hands this bean's id; this bean's view action runs first and is the one
 * that refuses a file the caller may not see.
 */
@Named
@ViewScoped
public class ClientViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClientService clientService;

    @Inject
    Handovers handovers;

    private Long id;
    private ClientFile file;
    private List<FlagView> flags;
    private String voidReason;
    private String flagResolution;
    private HandoverView handover;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        reload();
    }

    void onFileChanged(@Observes(notifyObserver = Reception.IF_EXISTS) ClientFileChanged changed) {
        if (id != null && id == changed.clientId()) {
            reload();
        }
    }

    private void reload() {
        file = clientService.view(id);
        flags = clientService.openFlags(id);
        handover = handovers.unread(id).orElse(null);
    }

    /** The new caseworker has read the handover: it leaves the top of the file. */
    public void handoverRead() {
        if (Messages.attempt(() -> handovers.markRead(handover.assignmentId()))) {
            handover = null;
        }
    }

    public HandoverView getHandover() {
        return handover;
    }

    public void resolveFlag(FlagView flag) {
        if (!Messages.attempt(() -> clientService.resolveFlag(flag.id(), flag.version(), flagResolution))) {
            return;
        }
        flagResolution = null;
        Messages.info("flag.resolved");
        reload();
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

    /**
     * The flag in words. A flag about a measure says only "restricted item" to colleagues who may
     * not read measures (the page asks the measure feature); for combined observations the stored
     * thresholds ("3;2;90") are spelled out.
     */
    public String flagText(FlagView flag, boolean mayReadMeasures) {
        if (flag.kind() == FlagKind.MEASURE_EXPIRING || flag.kind() == FlagKind.MEASURE_OVERDUE) {
            return Messages.text(mayReadMeasures ? "flag." + flag.kind() + ".detail" : "flag.restricted");
        }
        String[] parts = flag.detail() == null ? new String[0] : flag.detail().split(";");
        return parts.length == 3 ? Messages.text("flag." + flag.kind() + ".detail", (Object[]) parts)
                : Messages.text("flag." + flag.kind());
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

    public List<FlagView> getFlags() {
        return flags;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public void setVoidReason(String voidReason) {
        this.voidReason = voidReason;
    }

    public String getFlagResolution() {
        return flagResolution;
    }

    public void setFlagResolution(String flagResolution) {
        this.flagResolution = flagResolution;
    }
}
