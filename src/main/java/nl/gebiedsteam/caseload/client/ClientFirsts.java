package nl.gebiedsteam.caseload.client;

import jakarta.persistence.EntityManager;

/**
 * The start of a client's first pathway and the source of their first signal, kept on the client
 * row for the annual report (db/V007): it needs both for every client it counts, and looking them
 * up per client took a quarter of its main query time at 100,000 clients. Whatever changes a
 * client's pathways or signals refreshes them in the same transaction; data written with plain SQL
 * (seeds, test fixtures, the benchmark) run {@link #REFRESH_ALL} or {@link #REFRESH_CLIENT}
 * afterwards.
 */
public final class ClientFirsts {

    /** Recomputes both facts from the records of the clients that {@code %s} (a condition on c) selects. */
    private static final String REFRESH = """
            UPDATE client c SET c.first_pathway_start = (SELECT MIN(p.start_date)
            FROM pathway p WHERE p.client_id = c.id AND p.voided = FALSE), c.first_signal_source = (SELECT s.source
            FROM signal_report s WHERE s.client_id = c.id AND s.voided = FALSE ORDER BY s.received_local, s.id
            LIMIT 1) WHERE %s""";
    public static final String REFRESH_ALL = REFRESH.formatted("TRUE");
    /** One client, the only parameter. */
    public static final String REFRESH_CLIENT = REFRESH.formatted("c.id = ?");

    private ClientFirsts() {
    }

    /** After a change to the client's pathways or signals; writes pending changes first, so the query sees them. */
    public static void refresh(EntityManager em, long clientId) {
        em.flush();
        em.createNativeQuery(REFRESH_CLIENT).setParameter(1, clientId).executeUpdate();
    }
}
