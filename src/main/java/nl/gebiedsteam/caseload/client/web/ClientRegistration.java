package nl.gebiedsteam.caseload.client.web;

import java.io.Serializable;
import nl.gebiedsteam.caseload.client.ClientForm;

/**
 * How the edit page registers a new client once the duplicate checks passed: plainly, or as
 * another feature asks (registering the person a signal is about links the signal too). Kept in
 * the page's view state, so it is serialisable.
 */
@FunctionalInterface
public interface ClientRegistration extends Serializable {

    /** Registers the client and returns its id; refusals are {@code CaseloadException}s. */
    long register(ClientForm form, boolean duplicatesConfirmed);
}
