package nl.gebiedsteam.caseload.audit;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One access-log line as the privacy officer sees it, time in the display zone. {@code listed}
 * says the searched client was not the line's subject but one of the clients a list showed.
 */
public record AccessLogRow(long id, Long chainSeq, LocalDateTime occurredLocal, AccessEvent event, String actionCode,
        Outcome outcome, String workerLogin, String workerRoles, String teamName, Long clientId, String objectType,
        String sensitivity, String reason, String detail, String clientIp, boolean listed) implements Serializable {

    private static final long serialVersionUID = 1L;
}
