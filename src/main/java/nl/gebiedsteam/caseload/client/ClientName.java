package nl.gebiedsteam.caseload.client;

/**
 * The one way a client's name is written, on every page, list and export: given names, surname
 * prefix, surname ("Naomi van Ginkel"). Lists that project the name in their query use the SQL or
 * JPQL form, which write it the same way: an empty or missing prefix leaves no double space.
 */
public final class ClientName {

    /** The name in native SQL over {@code client c}. */
    public static final String SQL = "CONCAT_WS(' ', c.given_names, NULLIF(c.surname_prefix, ''), c.surname)";
    /** The name in JPQL over {@code Client c}. */
    public static final String JPQL = "FUNCTION('CONCAT_WS', ' ', c.givenNames, NULLIF(c.surnamePrefix, ''), c.surname)";

    /**
     * The initials in native SQL over {@code client c} ("E.H."): what may leave the system where a
     * name may not, such as a caseworker's calendar app.
     */
    public static final String INITIALS_SQL = "CONCAT(LEFT(c.given_names, 1), '.', LEFT(c.surname, 1), '.')";

    /** In JPQL, the name without its prefix ("Naomi Ginkel"), which a search by name matches too. */
    public static final String JPQL_WITHOUT_PREFIX = "CONCAT(c.givenNames, ' ', c.surname)";

    private ClientName() {
    }

    public static String of(String givenNames, String surnamePrefix, String surname) {
        return surnamePrefix == null || surnamePrefix.isBlank() ? givenNames + " " + surname
                : givenNames + " " + surnamePrefix + " " + surname;
    }
}
