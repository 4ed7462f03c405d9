package nl.gebiedsteam.caseload.review.web;

import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import nl.gebiedsteam.caseload.shared.CaseloadException;

/**
 * A norm typed as text ("32", "32,5" or "32.5"), so that what the team lead typed stays on screen
 * when it is refused; the service checks the range. Shown with the decimal separator of the page.
 */
final class NormInput {

    private NormInput() {
    }

    /** Blank is null (no norm); anything that is not a number is refused with {@code invalidKey}. */
    static BigDecimal parse(String text, String invalidKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new CaseloadException(invalidKey);
        }
    }

    static String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context == null || context.getViewRoot() == null ? Locale.forLanguageTag("nl")
                : context.getViewRoot().getLocale();
        return value.stripTrailingZeros().toPlainString().replace('.',
                DecimalFormatSymbols.getInstance(locale).getDecimalSeparator());
    }
}
