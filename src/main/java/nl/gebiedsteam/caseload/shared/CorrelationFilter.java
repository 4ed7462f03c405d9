package nl.gebiedsteam.caseload.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives every request a correlation id. An error page shows only that id; the server log holds
 * the id with the full exception, so support can find the cause without the page leaking it.
 */
@WebFilter(urlPatterns = "/*")
public class CorrelationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CorrelationFilter.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    public static final String ATTRIBUTE = "caseload.correlationId";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = newId();
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader("X-Correlation-Id", id);
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "Request failed, correlation id " + id + ": " + request.getMethod() + " "
                    + request.getRequestURI());
            throw e;
        }
    }

    public static String newId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
