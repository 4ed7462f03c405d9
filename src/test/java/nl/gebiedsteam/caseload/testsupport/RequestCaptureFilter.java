package nl.gebiedsteam.caseload.testsupport;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test-only: keeps the Arquillian runner's request and response at hand, so an in-container test
 * can log in through the application's real authentication mechanism and identity store.
 */
@WebFilter(urlPatterns = "/*")
public class RequestCaptureFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final ThreadLocal<HttpServletRequest> REQUEST = new ThreadLocal<>();
    static final ThreadLocal<HttpServletResponse> RESPONSE = new ThreadLocal<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        REQUEST.set(request);
        RESPONSE.set(response);
        try {
            chain.doFilter(request, response);
        } finally {
            REQUEST.remove();
            RESPONSE.remove();
        }
    }
}
