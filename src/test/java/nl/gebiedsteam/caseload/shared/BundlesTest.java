package nl.gebiedsteam.caseload.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BundlesTest {

    /** A server whose own language is English still answers a Dutch reader in Dutch. */
    @Test
    void dutchReader_getsDutch_evenOnAnEnglishServer() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals("Jaarrapportage cliënten", Bundles.messages(Locale.forLanguageTag("nl")).getString("report.title"));
            assertEquals("Jaarrapportage cliënten", Bundles.messages(Locale.forLanguageTag("nl-BE")).getString("report.title"));
            assertEquals("Jaarrapportage cliënten", Bundles.messages(Locale.GERMAN).getString("report.title"),
                    "a language we do not have: the Dutch base");
            assertEquals("Annual client report", Bundles.messages(Locale.UK).getString("report.title"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
