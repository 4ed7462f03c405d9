package nl.gebiedsteam.caseload.client.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.gebiedsteam.caseload.client.ClientForm;
import nl.gebiedsteam.caseload.client.ClientService;
import nl.gebiedsteam.caseload.client.DuplicateHint;
import nl.gebiedsteam.caseload.client.Gender;
import nl.gebiedsteam.caseload.client.LegalGround;
import nl.gebiedsteam.caseload.client.Purpose;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.Option;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.web.Messages;
import org.omnifaces.cdi.ViewScoped;

/**
 * /client/edit.xhtml: registration (no id) and edit (?id=). The form lives in the view, so a
 * refused save — duplicate, validation, someone else's change — leaves every typed value on screen.
 */
@Named
@ViewScoped
public class ClientEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClientService clientService;

    private Long id;
    private ClientRegistration registration;
    private ClientForm form;
    private List<Option> teams;
    private List<Option> responsibleCandidates;
    private List<DuplicateHint> duplicates = List.of();
    private boolean duplicatesConfirmed;
    private boolean mayReassign;

    /** viewAction: loads once per view, not on postbacks. */
    public void load() {
        form = id == null ? clientService.newForm() : clientService.loadForEdit(id);
        registration = new PlainRegistration(clientService);
        teams = clientService.teams();
        responsibleCandidates = clientService.responsibleCandidates(form.getTeamId());
        mayReassign = form.isNew() || clientService.mayReassign(form.getTeamId());
    }

    /** AJAX on name and birth date: warn early about a possible duplicate. */
    public void checkDuplicates() {
        try {
            duplicates = clientService.findPossibleDuplicates(form);
        } catch (CaseloadException throttled) {
            duplicates = List.of();
            Messages.error("edit:bsn", throttled);
        }
        duplicatesConfirmed = false;
    }

    public String save() {
        try {
            if (form.isNew()) {
                duplicates = clientService.findPossibleDuplicates(form);
                if (duplicates.stream().anyMatch(DuplicateHint::sameBsn)) {
                    Messages.error("edit:bsn", "client.bsn.duplicate");
                    return null;
                }
                if (!duplicates.isEmpty() && !duplicatesConfirmed) {
                    Messages.warn(null, "client.duplicate.unconfirmed");
                    return null;
                }
                long newId = registration.register(form, duplicatesConfirmed);
                Messages.flash("client.registered");
                return "/client/view.xhtml?faces-redirect=true&id=" + newId;
            }
            clientService.update(form);
            Messages.flash("client.saved");
            return "/client/view.xhtml?faces-redirect=true&id=" + form.getId();
        } catch (CaseloadException e) {
            Messages.error(REASSIGN_FIELDS.get(e.getMessageKey()), e);
            return null;
        }
    }

    /** Refusals of a reassignment, shown next to the field they are about. */
    private static final Map<String, String> REASSIGN_FIELDS = Map.of(
            "reassign.reason.required", "edit:reassignReason", "reassign.target.invalid", "edit:responsible",
            "reassign.handover.required", "edit:handover", "reassign.handover.tooLong", "edit:handover");

    public LocalDate getToday() {
        return LocalDate.now(Times.DISPLAY_ZONE);
    }

    public Long getId() {
        return id;
    }

    /**
     * A new client is registered through {@code registration} instead of plainly; called by
     * another feature's bean from the page's view actions (e.g. registering from a signal).
     */
    public void registerThrough(ClientRegistration registration) {
        if (form.isNew()) {
            this.registration = registration;
        }
    }

    /** The default: a plain registration by the client feature itself. */
    private record PlainRegistration(ClientService clientService) implements ClientRegistration {

        private static final long serialVersionUID = 1L;

        @Override
        public long register(ClientForm form, boolean duplicatesConfirmed) {
            return clientService.register(form, duplicatesConfirmed);
        }
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ClientForm getForm() {
        return form;
    }

    public List<Option> getTeams() {
        return teams;
    }

    public List<Option> getResponsibleCandidates() {
        return responsibleCandidates;
    }

    public List<DuplicateHint> getDuplicates() {
        return duplicates;
    }

    public boolean isDuplicatesConfirmed() {
        return duplicatesConfirmed;
    }

    public void setDuplicatesConfirmed(boolean duplicatesConfirmed) {
        this.duplicatesConfirmed = duplicatesConfirmed;
    }

    public boolean isMayReassign() {
        return mayReassign;
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public Purpose[] getPurposes() {
        return Purpose.values();
    }

    public LegalGround[] getLegalGrounds() {
        return LegalGround.values();
    }
}
