package nl.gebiedsteam.caseload.client;

import java.io.Serializable;

/**
 * A possibly identical person found before saving. Inside the caller's scope it links to the file;
 * outside it says only where the person is known and who to contact ("bekend bij").
 */
public record DuplicateHint(Long visibleClientId, String visibleName, String teamName, String responsibleName,
        boolean sameBsn) implements Serializable {

    public boolean isVisible() {
        return visibleClientId != null;
    }
}
