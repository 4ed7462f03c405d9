package nl.gebiedsteam.caseload.note.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.gebiedsteam.caseload.note.JournalNoteRow;
import nl.gebiedsteam.caseload.note.JournalNoteService;
import nl.gebiedsteam.caseload.note.NoteLevel;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.web.Messages;
import org.omnifaces.cdi.ViewScoped;

/**
 * /client/notes.xhtml: the client's journal notes the reader may see, a new note, and changing or
 * voiding one. The form keeps what was typed when the service refuses it; each message stands next
 * to the field it is about.
 */
@Named
@ViewScoped
public class ClientNotesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Which field a refusal is about, by its message key. */
    private static final Map<String, String> FIELDS = Map.of("note.date.invalid", "note:writtenOn",
            "note.level.required", "note:level", "note.level.notYours", "note:level", "note.text.required", "note:text",
            "note.text.tooLong", "note:text", "note.void.reasonRequired", "note:voidReason");

    @Inject
    JournalNoteService notes;

    private Long id;
    private List<JournalNoteRow> rows;
    /** The note being changed, or null for a new one. */
    private JournalNoteRow editing;
    private LocalDate writtenOn;
    private NoteLevel level;
    private String text;
    private String voidReason;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        rows = notes.list(id);
        if (editing == null) {
            clear();
        }
    }

    public void save() {
        try {
            if (editing == null) {
                notes.add(id, writtenOn, level, text);
            } else {
                notes.change(editing.id(), editing.version(), writtenOn, level, text);
            }
        } catch (CaseloadException e) {
            Messages.error(FIELDS.get(e.getMessageKey()), e);
            return;
        }
        Messages.info(editing == null ? "note.added" : "note.changed");
        editing = null;
        load();
    }

    public void edit(JournalNoteRow row) {
        editing = row;
        writtenOn = row.writtenOn();
        level = row.level();
        text = row.text();
        voidReason = null;
    }

    public void voidNote() {
        try {
            notes.voidNote(editing.id(), editing.version(), voidReason);
        } catch (CaseloadException e) {
            Messages.error(FIELDS.get(e.getMessageKey()), e);
            return;
        }
        Messages.info("note.voided");
        editing = null;
        load();
    }

    public void cancel() {
        editing = null;
        clear();
    }

    private void clear() {
        writtenOn = LocalDate.now(Times.DISPLAY_ZONE);
        level = NoteLevel.TEAM;
        text = null;
        voidReason = null;
    }

    public NoteLevel[] getLevels() {
        return NoteLevel.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<JournalNoteRow> getRows() {
        return rows;
    }

    public JournalNoteRow getEditing() {
        return editing;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }

    public void setWrittenOn(LocalDate writtenOn) {
        this.writtenOn = writtenOn;
    }

    public NoteLevel getLevel() {
        return level;
    }

    public void setLevel(NoteLevel level) {
        this.level = level;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public void setVoidReason(String voidReason) {
        this.voidReason = voidReason;
    }
}
