package nl.gebiedsteam.caseload.contact;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.client.Client;
import nl.gebiedsteam.caseload.client.ClientScope;
import nl.gebiedsteam.caseload.pathway.Pathway;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.Persistence;
import nl.gebiedsteam.caseload.shared.Text;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.Caller;
import nl.gebiedsteam.caseload.shared.identity.Role;

/** Contact moments: quick to add from the file, listed newest first, voided with a reason. */
@Stateless
@RolesAllowed({Role.CASEWORKER_NAME, Role.TEAM_LEAD_NAME})
public class ContactService {

    static final String OBJECT = "contact";
    static final int NOTE_MAX = 4000;
    static final int VOID_REASON_MIN = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientScope scope;

    @Inject
    AccessLog accessLog;

    /** Records a contact (Dutch local time, not in the future); it joins the open pathway if there is one. */
    public long add(long clientId, LocalDateTime occurredLocal, ContactKind kind, Integer durationMinutes,
            String note) {
        Client client = scope.require(clientId, AccessEvent.CREATE, OBJECT);
        if (occurredLocal == null || occurredLocal.isAfter(LocalDateTime.now(Times.DISPLAY_ZONE).plusMinutes(5))) {
            throw new CaseloadException("contact.when.invalid");
        }
        if (kind == null) {
            throw new CaseloadException("contact.kind.required");
        }
        if (durationMinutes == null || durationMinutes < 1 || durationMinutes > 720) {
            throw new CaseloadException("contact.duration.invalid");
        }
        if (note != null && note.length() > NOTE_MAX) {
            throw new CaseloadException("contact.note.tooLong", NOTE_MAX);
        }
        Long pathwayId = em.createNamedQuery("Pathway.findOpenByClient", Pathway.class)
                .setParameter("clientId", client.getId()).getResultStream().findFirst().map(Pathway::getId).orElse(null);
        Contact contact = new Contact(clientId, pathwayId, occurredLocal.withSecond(0).withNano(0), kind,
                durationMinutes, Text.blankToNull(note));
        em.persist(contact);
        Persistence.flush(em);
        accessLog.success(AccessEvent.CREATE, clientId, OBJECT, "contact=" + contact.getId());
        return contact.getId();
    }

    /** One page of the client's contacts, newest first. */
    public List<ContactRow> list(long clientId, int first, int pageSize) {
        scope.require(clientId, AccessEvent.READ, OBJECT);
        List<ContactRow> rows = em.createNamedQuery("Contact.findByClient", Contact.class)
                .setParameter("clientId", clientId).setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(pageSize, 1), 100)).getResultStream()
                .map(c -> new ContactRow(c.getId(), c.getVersion(), c.getOccurredLocal(), c.getKind(),
                        c.getDurationMinutes(), c.getNote(), c.getCreatedBy()))
                .toList();
        accessLog.success(AccessEvent.READ, clientId, OBJECT, "rows=" + rows.size());
        return rows;
    }

    public long count(long clientId) {
        scope.require(clientId, AccessEvent.READ, OBJECT);
        return em.createNamedQuery("Contact.countByClient", Long.class).setParameter("clientId", clientId)
                .getSingleResult();
    }

    public void voidContact(long contactId, long version, String reason) {
        Contact contact = em.find(Contact.class, contactId);
        if (contact == null || contact.isVoided()) {
            throw new NotFoundException();
        }
        scope.require(contact.getClientId(), AccessEvent.VOID, OBJECT);
        Caller caller = scope.requireClientWorker(OBJECT);
        if (reason == null || reason.strip().length() < VOID_REASON_MIN) {
            throw new CaseloadException("contact.void.reasonRequired");
        }
        contact.checkVersion(version);
        contact.markVoided(Times.nowUtc(), caller.loginName(), reason.strip());
        Persistence.flush(em);
        // the reason stays with the contact; the log, which is never changed, holds no free text
        accessLog.success(AccessEvent.VOID, contact.getClientId(), OBJECT, "contact=" + contactId);
    }
}
