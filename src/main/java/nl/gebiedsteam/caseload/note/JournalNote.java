package nl.gebiedsteam.caseload.note;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.gebiedsteam.caseload.shared.VoidableEntity;

/** A journal note: a dated text on the client's file with a confidentiality level. */
@Entity
@Table(name = "journal_note")
public class JournalNote extends VoidableEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "written_on", nullable = false)
    private LocalDate writtenOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NoteLevel level;

    @Column(nullable = false, length = JournalNoteService.TEXT_MAX)
    private String text;

    protected JournalNote() {
    }

    JournalNote(long clientId, LocalDate writtenOn, NoteLevel level, String text) {
        this.clientId = clientId;
        change(writtenOn, level, text);
    }

    final void change(LocalDate writtenOn, NoteLevel level, String text) {
        this.writtenOn = writtenOn;
        this.level = level;
        this.text = text;
    }

    public long getClientId() {
        return clientId;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }

    public NoteLevel getLevel() {
        return level;
    }

    public String getText() {
        return text;
    }
}
