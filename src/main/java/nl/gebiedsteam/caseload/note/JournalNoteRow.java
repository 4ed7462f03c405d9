package nl.gebiedsteam.caseload.note;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A journal note as listed on the file, with who wrote and who last changed it. */
public record JournalNoteRow(long id, long version, LocalDate writtenOn, NoteLevel level, String text, String createdBy,
        String modifiedBy, LocalDateTime modifiedAtUtc) implements Serializable {
}
