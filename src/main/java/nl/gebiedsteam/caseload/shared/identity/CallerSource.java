package nl.gebiedsteam.caseload.shared.identity;

import java.util.Optional;
import nl.gebiedsteam.caseload.shared.AccessDeniedException;

/**
 * Who is acting in this request, for the base layers (access log, worker administration) that must
 * know it without depending on how the caller is authenticated; {@code security.CurrentCaller} is
 * the one implementation.
 */
public interface CallerSource {

    /** The active, logged-in worker, if any. */
    Optional<Caller> get();

    /** The caller, or an {@link AccessDeniedException} when nobody (active) is logged in. */
    default Caller require() {
        return get().orElseThrow(AccessDeniedException::new);
    }

    /** The client's address, or null outside an HTTP request (a timer, a command). */
    String clientIp();
}
