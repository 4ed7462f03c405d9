package nl.gebiedsteam.caseload.client;

/**
 * The Dutch citizen service number (burgerservicenummer): nine digits passing the 11-test,
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11). An all-zero number passes the arithmetic but is
 * never issued, so it is refused too.
 */
public final class Bsn {

    private Bsn() {
    }

    public static boolean isValid(String value) {
        if (value == null || value.length() != 9) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int weight = i == 8 ? -1 : 9 - i;
            sum += weight * (c - '0');
        }
        return sum % 11 == 0 && !"000000000".equals(value);
    }

    /** Removes spaces and dots people type; an empty value means "no BSN". */
    public static String normalise(String value) {
        if (value == null) {
            return null;
        }
        String digits = value.replace(" ", "").replace(".", "");
        return digits.isEmpty() ? null : digits;
    }
}
