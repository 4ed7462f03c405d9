package nl.gebiedsteam.caseload.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    /** PrimeFaces sends the policy on Faces pages, this filter on everything else: they must be one policy. */
    @Test
    void primeFacesPolicy_inWebXml_isTheFiltersPolicy() throws Exception {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        Matcher param = Pattern.compile("<param-name>primefaces.CSP_POLICY</param-name>\\s*<param-value>([^<]*)</param-value>")
                .matcher(webXml);
        assertTrue(param.find(), "primefaces.CSP_POLICY in web.xml");
        assertEquals(SecurityHeadersFilter.POLICY, param.group(1));
        assertTrue(SecurityHeadersFilter.POLICY.endsWith("script-src 'self'"), "PrimeFaces appends the nonce to the last directive");
    }
}
