package nl.gebiedsteam.caseload.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The texts the usability review found clumsy (ux-review.md #55): plurals, "0 days ago", one name per role. */
class WordingTest {

    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final ResourceBundle DUTCH = Bundles.messages(NL);
    private static final ResourceBundle ENGLISH = Bundles.messages(Locale.ENGLISH);

    @Test
    void plurals_areWordedPerNumber() {
        assertEquals("1 cliënt overgedragen.", format(DUTCH, NL, "reassign.done", 1));
        assertEquals("2 cliënten overgedragen.", format(DUTCH, NL, "reassign.done", 2));
        assertEquals("1 client reassigned.", format(ENGLISH, Locale.ENGLISH, "reassign.done", 1));
        assertEquals("3 clients reassigned.", format(ENGLISH, Locale.ENGLISH, "reassign.done", 3));
        assertEquals("vandaag", format(DUTCH, NL, "signal.waitingDays", 0L));
        assertEquals("gisteren", format(DUTCH, NL, "signal.waitingDays", 1L));
        assertEquals("12 dagen geleden", format(DUTCH, NL, "signal.waitingDays", 12L));
        assertEquals("today", format(ENGLISH, Locale.ENGLISH, "signal.waitingDays", 0L));
    }

    @Test
    void oneRole_hasOneName() {
        for (String key : DUTCH.keySet()) {
            String text = DUTCH.getString(key).toLowerCase(NL);
            assertFalse(text.contains("verantwoordelijk medewerker") || text.contains("medewerker gebiedsteam"),
                    key + ": the Dutch name is regisseur");
        }
        for (String key : ENGLISH.keySet()) {
            assertFalse(ENGLISH.getString(key).toLowerCase(Locale.ENGLISH).contains("care coordinator"),
                    key + ": the English name is responsible caseworker");
        }
        assertEquals("Regisseur", DUTCH.getString("client.field.responsible"));
        assertEquals("Responsible caseworker", ENGLISH.getString("client.field.responsible"));
    }

    private static String format(ResourceBundle bundle, Locale locale, String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
