package nl.gebiedsteam.caseload.shared.web;

import jakarta.json.JsonObject;

/**
 * A chart's configuration as PrimeFaces writes it: inside a script element on the page. JSON
 * escapes quotes but not {@code <}, so a worker or team named {@code </script><script>…} would end the
 * script and start one of its own; here {@code <}, {@code >} and {@code &} become JSON unicode
 * escapes, which read the same to the chart and mean nothing to the HTML parser. U+2028 and U+2029
 * end a line in older JavaScript and are escaped as well.
 */
public final class ChartJson {

    private ChartJson() {
    }

    public static String of(JsonObject chart) {
        return chart.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
