package nl.gebiedsteam.caseload.report.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report cell that shows a whole number ("21", "+9", "-3", "+75%"), read back from its display
 * text so that the spreadsheet exports can write it as a number. Anything else ("&lt;5", a label,
 * an empty cell) is not a number and stays text. A number can never be read as a formula, so it
 * needs none of the protection that text starting with = + - @ gets.
 */
record ExportNumber(long value, boolean signed, boolean percent) {

    private static final Pattern NUMBER = Pattern.compile("([+-]?)(\\d{1,15})(%?)");

    /** The number a cell shows, or null when it shows text. */
    static ExportNumber of(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(text);
        if (!m.matches()) {
            return null;
        }
        long magnitude = Long.parseLong(m.group(2));
        return new ExportNumber("-".equals(m.group(1)) ? -magnitude : magnitude, !m.group(1).isEmpty(),
                !m.group(3).isEmpty());
    }
}
