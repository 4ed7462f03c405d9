package nl.gebiedsteam.caseload.worker;

import java.security.SecureRandom;

/**
 * One-time passwords the system makes up, so the administrator who asks for an account or a reset
 * never chooses, and never needs to know, the credential that results. Sixteen characters without
 * look-alikes (no 0/O, 1/l/I), in groups of four for reading them out.
 */
final class OneTimePasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    static String generate() {
        StringBuilder password = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
