package nl.gebiedsteam.caseload.shared;

import jakarta.ejb.ApplicationException;
import java.time.LocalDateTime;

/** Someone else saved the record after this user opened it; names who and when. */
@ApplicationException(rollback = true)
public class ConcurrentEditException extends CaseloadException {

    private static final long serialVersionUID = 1L;

    private final String modifiedBy;
    private final LocalDateTime modifiedAtUtc;

    public ConcurrentEditException(String modifiedBy, LocalDateTime modifiedAtUtc) {
        super("error.concurrentEdit", modifiedBy, modifiedAtUtc);
        this.modifiedBy = modifiedBy;
        this.modifiedAtUtc = modifiedAtUtc;
    }

    public String getModifiedBy() {
        return modifiedBy;
    }

    public LocalDateTime getModifiedAtUtc() {
        return modifiedAtUtc;
    }
}
