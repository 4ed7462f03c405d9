package nl.gebiedsteam.caseload.note;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.client.Client;
import nl.gebiedsteam.caseload.client.ClientScope;
import nl.gebiedsteam.caseload.security.CurrentCaller;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.Persistence;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.Caller;
import nl.gebiedsteam.caseload.shared.identity.Role;

/**
 * Journal notes on the client's file. A note of level {@link NoteLevel#TEAM} is for everyone who may
 * open the file; the other levels only for the responsible caseworker and the team lead. Someone else
 * asking for such a note gets the answer for a note that does not exist, and the attempt is logged.
 * Nobody writes a note of a level they could not read afterwards.
 */
@Stateless
@RolesAllowed({Role.CASEWORKER_NAME, Role.TEAM_LEAD_NAME})
public class JournalNoteService {

    static final String OBJECT = "note";
    static final int TEXT_MAX = 8000;
    static final int VOID_REASON_MIN = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientScope scope;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AccessLog accessLog;

    public long add(long clientId, LocalDate writtenOn, NoteLevel level, String text) {
        Client client = scope.require(clientId, AccessEvent.CREATE, OBJECT);
        String checked = validate(client, writtenOn, level, text);
        JournalNote note = new JournalNote(clientId, writtenOn, level, checked);
        em.persist(note);
        Persistence.flush(em);
        accessLog.success(AccessEvent.CREATE, clientId, OBJECT, "note=" + note.getId() + "; level=" + level);
        return note.getId();
    }

    /** The notes of the client the caller may read, newest first. */
    public List<JournalNoteRow> list(long clientId) {
        Client client = scope.require(clientId, AccessEvent.READ, OBJECT);
        boolean restricted = ClientScope.mayReadRestrictedNotes(currentCaller.require(), client);
        List<NoteLevel> levels = restricted ? List.of(NoteLevel.values()) : List.of(NoteLevel.TEAM);
        List<JournalNoteRow> rows = em.createQuery("""
                SELECT n FROM JournalNote n WHERE n.clientId = :clientId AND n.voided = FALSE AND n.level IN :levels
                ORDER BY n.writtenOn DESC, n.id DESC""", JournalNote.class)
                .setParameter("clientId", clientId).setParameter("levels", levels).getResultStream()
                .map(JournalNoteService::row).toList();
        accessLog.success(AccessEvent.READ, clientId, OBJECT, "notes=" + rows.size());
        return rows;
    }

    /** One note, to change it. */
    public JournalNoteRow note(long noteId) {
        JournalNote note = readable(noteId, AccessEvent.READ);
        accessLog.success(AccessEvent.READ, note.getClientId(), OBJECT, "note=" + noteId);
        return row(note);
    }

    /** Changes a note the caller may read; {@code version} as read, so a change made meanwhile is reported. */
    public void change(long noteId, long version, LocalDate writtenOn, NoteLevel level, String text) {
        JournalNote note = readable(noteId, AccessEvent.UPDATE);
        Client client = em.find(Client.class, note.getClientId());
        String checked = validate(client, writtenOn, level, text);
        note.checkVersion(version);
        note.change(writtenOn, level, checked);
        Persistence.flush(em);
        accessLog.success(AccessEvent.UPDATE, note.getClientId(), OBJECT, "note=" + noteId + "; level=" + level);
    }

    public void voidNote(long noteId, long version, String reason) {
        JournalNote note = readable(noteId, AccessEvent.VOID);
        if (reason == null || reason.strip().length() < VOID_REASON_MIN) {
            throw new CaseloadException("note.void.reasonRequired", VOID_REASON_MIN);
        }
        note.checkVersion(version);
        note.markVoided(Times.nowUtc(), currentCaller.require().loginName(), reason.strip());
        Persistence.flush(em);
        // the reason stays with the note; the log, which is never changed, holds no free text
        accessLog.success(AccessEvent.VOID, note.getClientId(), OBJECT, "note=" + noteId);
    }

    /** A note that is there and that the caller may read; otherwise logged (when it exists) and not found. */
    private JournalNote readable(long noteId, AccessEvent event) {
        JournalNote note = em.find(JournalNote.class, noteId);
        if (note == null || note.isVoided()) {
            throw new NotFoundException();
        }
        Client client = scope.require(note.getClientId(), event, OBJECT);
        Caller caller = currentCaller.require();
        if (note.getLevel().isRestricted() && !ClientScope.mayReadRestrictedNotes(caller, client)) {
            throw scope.refuseRestricted(caller, client, event, OBJECT, "note=" + noteId + " of level " + note.getLevel());
        }
        return note;
    }

    private String validate(Client client, LocalDate writtenOn, NoteLevel level, String text) {
        if (writtenOn == null || writtenOn.isAfter(LocalDate.now(Times.DISPLAY_ZONE))) {
            throw new CaseloadException("note.date.invalid");
        }
        if (level == null) {
            throw new CaseloadException("note.level.required");
        }
        Caller caller = currentCaller.require();
        if (level.isRestricted() && !ClientScope.mayReadRestrictedNotes(caller, client)) {
            throw new CaseloadException("note.level.notYours");
        }
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new CaseloadException("note.text.required");
        }
        if (stripped.length() > TEXT_MAX) {
            throw new CaseloadException("note.text.tooLong", TEXT_MAX);
        }
        return stripped;
    }

    private static JournalNoteRow row(JournalNote n) {
        return new JournalNoteRow(n.getId(), n.getVersion(), n.getWrittenOn(), n.getLevel(), n.getText(),
                n.getCreatedBy(), n.getModifiedBy(), n.getModifiedAt());
    }
}
