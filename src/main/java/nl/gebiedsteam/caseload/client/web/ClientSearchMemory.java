package nl.gebiedsteam.caseload.client.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import nl.gebiedsteam.caseload.client.ClientFilter;

/**
 * The client search as last used in this session, so Back, a reload or the menu bring the list
 * back as it was. It is kept in the (replicated) session rather than in the URL on purpose: the
 * search may hold a name, a BSN or a date of birth, which must not end up in browser history,
 * bookmarks or the access logs of proxies.
 */
@SessionScoped
public class ClientSearchMemory implements Serializable {

    private static final long serialVersionUID = 1L;

    private ClientFilter filter = new ClientFilter();

    public ClientFilter getFilter() {
        return filter;
    }

    /** A new quick search (the start page's): the name only, nothing of an earlier search. */
    void startWithName(String name) {
        filter = new ClientFilter();
        filter.setName(name);
    }
}
