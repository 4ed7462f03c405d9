package nl.gebiedsteam.caseload.shared;

import java.util.Locale;
import java.util.ResourceBundle;

/** The application's texts outside Faces (downloads, services), in the reader's language. */
public final class Bundles {

    public static final String MESSAGES = "i18n.messages";

    /*
     * Without this, a language that has no bundle of its own (Dutch is the base bundle) falls back to
     * the server's default locale first, and a Dutch reader on an English-speaking server gets English.
     */
    private static final ResourceBundle.Control BASE_AS_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

    private Bundles() {
    }

    /** The messages in {@code locale}'s language, or the Dutch base bundle — never the server's language. */
    public static ResourceBundle messages(Locale locale) {
        return ResourceBundle.getBundle(MESSAGES, locale, BASE_AS_FALLBACK);
    }
}
