package nl.gebiedsteam.caseload.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.Caller;
import nl.gebiedsteam.caseload.shared.identity.CallerSource;

/**
 * Writes the access log. A successful access is written in the caller's transaction, so the log
 * holds exactly what was committed; a denial is written in a transaction of its own, because the
 * refusal rolls the caller's transaction back and the attempt must still be on record.
 */
@Stateless
public class AccessLog {

    static final int DETAIL_MAX = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerSource currentCaller;

    public void success(AccessEvent event, Long clientId, String objectType, String detail) {
        write(event, Outcome.SUCCESS, clientId, objectType, null, detail, List.of());
    }

    public void success(AccessEvent event, Long clientId, String objectType, String sensitivity, String detail) {
        write(event, Outcome.SUCCESS, clientId, objectType, sensitivity, detail, List.of());
    }

    /**
     * A list read: one line for the list, naming every client it showed (nulls, e.g. signals about
     * an unknown person, are skipped), so each client's own log holds the lists they appeared in.
     */
    public void listed(AccessEvent event, String objectType, String sensitivity, String detail,
            Collection<Long> shownClientIds) {
        write(event, Outcome.SUCCESS, null, objectType, sensitivity, detail,
                shownClientIds.stream().filter(Objects::nonNull).toList());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void denied(AccessEvent event, Long clientId, String objectType, String detail) {
        write(event, Outcome.DENIED, clientId, objectType, null, detail, List.of());
    }

    /** Login events happen before there is a caller, so the actor is named explicitly. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void loginEvent(AccessEvent event, Outcome outcome, Long workerId, String login, String detail) {
        AccessLogEntry entry = new AccessLogEntry(Times.nowUtc(), event, outcome);
        entry.setActor(workerId, clip(login, 64), null, null);
        entry.setClientIp(currentCaller.clientIp());
        entry.setSubject(null, "session", null);
        entry.setDetail(clip(detail, DETAIL_MAX));
        em.persist(entry);
    }

    private void write(AccessEvent event, Outcome outcome, Long clientId, String objectType, String sensitivity,
            String detail, List<Long> shownClientIds) {
        AccessLogEntry entry = new AccessLogEntry(Times.nowUtc(), event, outcome);
        Optional<Caller> caller = currentCaller.get();
        caller.ifPresent(c -> entry.setActor(c.workerId(), c.loginName(), c.rolesText(), c.teamId()));
        entry.setClientIp(currentCaller.clientIp());
        entry.setSubject(clientId, objectType, sensitivity);
        entry.setDetail(clip(detail, DETAIL_MAX));
        entry.setShownClientIds(shownClientIds);
        em.persist(entry);
    }

    /** Neutralises CR/LF (log forging) and keeps values within their columns. */
    static String clip(String value, int max) {
        if (value == null) {
            return null;
        }
        String flat = value.replace('\r', ' ').replace('\n', ' ');
        return flat.length() <= max ? flat : flat.substring(0, max);
    }
}
