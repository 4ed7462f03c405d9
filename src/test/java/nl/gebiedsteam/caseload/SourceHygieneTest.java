package nl.gebiedsteam.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Static checks on the pages and bundles that the compiler cannot make: no unescaped output, no
 * inline styles or scripts (the Content-Security-Policy forbids them) and complete translations.
 */
class SourceHygieneTest {

    private static final Path WEBAPP = Path.of("src", "main", "webapp");
    private static final Path I18N = Path.of("src", "main", "resources", "i18n");

    /** What a page must not contain, with the reason shown in a failure. */
    private static final Map<String, Pattern> FORBIDDEN = Map.of(
            "escape=\"false\" (unescaped output)", Pattern.compile("\\bescape\\s*=\\s*\"false\""),
            "inline style attribute", Pattern.compile("(^|\\s)style\\s*=\\s*\""),
            "inline <script> element", Pattern.compile("<script\\b", Pattern.CASE_INSENSITIVE),
            "inline event-handler attribute", Pattern.compile("(^|\\s)on[a-z]+\\s*=\\s*\""));

    @Test
    void pages_shouldHaveNoUnescapedOutputInlineStylesScriptsOrEventHandlers() throws IOException {
        List<Path> pages = xhtmlFiles();
        assertFalse(pages.isEmpty(), "no .xhtml files found under " + WEBAPP.toAbsolutePath());

        List<String> violations = new ArrayList<>();
        for (Path page : pages) {
            violations.addAll(violationsIn(WEBAPP.relativize(page).toString(),
                    Files.readAllLines(page, StandardCharsets.UTF_8)));
        }
        if (!violations.isEmpty()) {
            fail(violations.size() + " forbidden construct(s) in pages:\n" + String.join("\n", violations));
        }
    }

    /** The scan itself must catch what it is meant to catch, or the test above proves nothing. */
    @ParameterizedTest
    @ValueSource(strings = {
        "<h:outputText value=\"#{bean.html}\" escape=\"false\"/>",
        "<h:outputText value=\"x\" escape = \"false\" />",
        "<div style=\"color: red\">",
        "<span class=\"a\"\tstyle=\"x\">",
        "<script>alert(1)</script>",
        "<SCRIPT src=\"x.js\"></SCRIPT>",
        "<p:commandButton onclick=\"doIt()\"/>",
        "<h:selectOneMenu onchange=\"submit()\">",
        "    onkeyup=\"x()\"",
        "<p:commandButton oncomplete=\"PF('dlg').hide()\"/>"
    })
    void scan_shouldFlagForbiddenConstructs(String line) {
        List<String> found = violationsIn("sample.xhtml", List.of(line));
        assertEquals(1, found.size(), () -> "expected one violation for: " + line + " but got " + found);
        assertTrue(found.get(0).startsWith("sample.xhtml:1: "), found.get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<h:outputText value=\"#{bean.name}\"/>",
        "<h:outputText value=\"#{bean.name}\" escape=\"true\"/>",
        "<h:inputText converter=\"#{dateConverter}\" />",
        "<h:commandButton action=\"#{bean.save}\" />",
        "<p:column styleClass=\"wide\" />",
        "<h:outputScript name=\"app.js\" />",
        "<p:ajax event=\"change\" listener=\"#{bean.changed}\"/>",
        "<h:panelGroup rendered=\"#{bean.shown}\" />",
        "<f:selectItems value=\"#{bean.options}\" itemDescription=\"description\"/>"
    })
    void scan_shouldNotFlagHarmlessAttributes(String line) {
        assertEquals(List.of(), violationsIn("sample.xhtml", List.of(line)));
    }

    @ParameterizedTest
    @CsvSource({"messages, messages_en", "faces, faces_en"})
    void bundles_shouldHaveTheSameKeysInDutchAndEnglish(String base, String english) throws IOException {
        Set<String> dutchKeys = keys(I18N.resolve(base + ".properties"));
        Set<String> englishKeys = keys(I18N.resolve(english + ".properties"));
        assertFalse(dutchKeys.isEmpty(), base + ".properties has no keys");

        Set<String> missingInEnglish = new TreeSet<>(dutchKeys);
        missingInEnglish.removeAll(englishKeys);
        Set<String> missingInDutch = new TreeSet<>(englishKeys);
        missingInDutch.removeAll(dutchKeys);
        assertTrue(missingInEnglish.isEmpty() && missingInDutch.isEmpty(),
                "key sets differ; missing in " + english + ".properties: " + missingInEnglish
                + "; missing in " + base + ".properties: " + missingInDutch);
    }

    private static List<Path> xhtmlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".xhtml"))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private static List<String> violationsIn(String file, List<String> lines) {
        List<String> violations = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            for (Map.Entry<String, Pattern> rule : new java.util.TreeMap<>(FORBIDDEN).entrySet()) {
                if (rule.getValue().matcher(line).find()) {
                    violations.add(file + ":" + (i + 1) + ": " + rule.getKey() + ": " + line.strip());
                }
            }
        }
        return violations;
    }

    private static Set<String> keys(Path bundle) throws IOException {
        assertTrue(Files.isRegularFile(bundle), "missing bundle " + bundle.toAbsolutePath());
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
