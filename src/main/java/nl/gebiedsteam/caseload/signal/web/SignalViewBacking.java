package nl.gebiedsteam.caseload.signal.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.gebiedsteam.caseload.client.ClientFilter;
import nl.gebiedsteam.caseload.client.ClientRow;
import nl.gebiedsteam.caseload.client.ClientService;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.web.Messages;
import nl.gebiedsteam.caseload.signal.SignalRow;
import nl.gebiedsteam.caseload.signal.SignalService;
import nl.gebiedsteam.caseload.signal.SignalStatus;
import org.omnifaces.cdi.ViewScoped;

/**
 * /signal/view.xhtml: one signal and what to do with it — start reviewing, link it to a client
 * found in the caller's scope, register the person as a new client, or close it without action.
 */
@Named
@ViewScoped
public class SignalViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SEARCH_ROWS = 10;

    @Inject
    SignalService signalService;

    @Inject
    ClientService clientService;

    private Long id;
    private SignalRow signal;
    private String search;
    private List<ClientRow> candidates;
    private String noActionReason;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        signal = signalService.view(id);
    }

    public void startReview() {
        if (run(() -> signalService.startReview(id, signal.version()))) {
            Messages.info("signal.reviewStarted");
        }
    }

    public void findClients() {
        ClientFilter filter = new ClientFilter();
        filter.setName(search);
        candidates = search == null || search.isBlank() ? List.of()
                : clientService.search(filter, 0, SEARCH_ROWS, "name", true);
    }

    /** Links to a client from the search result; the service checks the scope of that id again. */
    public String link(ClientRow client) {
        if (!run(() -> signalService.link(id, signal.version(), client.id()))) {
            return null;
        }
        Messages.flash("signal.linked");
        return "/client/view.xhtml?faces-redirect=true&id=" + client.id();
    }

    public void closeWithoutAction() {
        if (run(() -> signalService.closeWithoutAction(id, signal.version(), noActionReason))) {
            Messages.info("signal.closed");
        }
    }

    private boolean run(Runnable action) {
        if (!Messages.attempt(action)) {
            return false;
        }
        signal = signalService.view(id);
        return true;
    }

    /** A UTC audit instant for the message format, shown in Dutch time. */
    public java.util.Date forMessage(java.time.LocalDateTime utc) {
        return Times.forMessage(utc);
    }

    public boolean isOpen() {
        return signal.status() == SignalStatus.NEW || signal.status() == SignalStatus.IN_REVIEW;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SignalRow getSignal() {
        return signal;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<ClientRow> getCandidates() {
        return candidates;
    }

    public String getNoActionReason() {
        return noActionReason;
    }

    public void setNoActionReason(String noActionReason) {
        this.noActionReason = noActionReason;
    }
}
