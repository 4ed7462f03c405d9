package nl.gebiedsteam.caseload.contact.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import nl.gebiedsteam.caseload.contact.ContactKind;
import nl.gebiedsteam.caseload.contact.ContactService;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.web.Messages;
import org.omnifaces.cdi.ViewScoped;

/** /client/view.xhtml, the quick contact form: a contact logged in one step, prefilled with now. */
@Named
@ViewScoped
public class FileContactBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_CONTACT_MINUTES = 30;

    @Inject
    ContactService contactService;

    private long clientId;
    private LocalDateTime contactWhen;
    private ContactKind contactKind;
    private Integer contactMinutes;
    private String contactNote;

    public void load(long clientId) {
        this.clientId = clientId;
        reset();
    }

    public void addContact() {
        if (!Messages.attempt(() -> contactService.add(clientId, contactWhen, contactKind, contactMinutes,
                contactNote))) {
            return;
        }
        Messages.info("contact.added");
        reset();
    }

    private void reset() {
        contactWhen = LocalDateTime.now(Times.DISPLAY_ZONE).truncatedTo(ChronoUnit.MINUTES);
        contactKind = ContactKind.CONVERSATION;
        contactMinutes = DEFAULT_CONTACT_MINUTES;
        contactNote = null;
    }

    public ContactKind[] getContactKinds() {
        return ContactKind.values();
    }

    public LocalDateTime getContactWhen() {
        return contactWhen;
    }

    public void setContactWhen(LocalDateTime contactWhen) {
        this.contactWhen = contactWhen;
    }

    public ContactKind getContactKind() {
        return contactKind;
    }

    public void setContactKind(ContactKind contactKind) {
        this.contactKind = contactKind;
    }

    public Integer getContactMinutes() {
        return contactMinutes;
    }

    public void setContactMinutes(Integer contactMinutes) {
        this.contactMinutes = contactMinutes;
    }

    public String getContactNote() {
        return contactNote;
    }

    public void setContactNote(String contactNote) {
        this.contactNote = contactNote;
    }
}
