package nl.gebiedsteam.caseload.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response, error pages included (the filter also runs on ERROR
 * dispatches). One Content-Security-Policy: everything from this origin only, no frames, no
 * plugins, no inline styles. On Faces pages PrimeFaces sends the same policy with the page's script
 * nonce added ({@code primefaces.CSP_POLICY} in web.xml, which must equal {@link #POLICY}); that
 * header replaces this one, so that inline scripts need the nonce rather than being blocked by
 * a second policy without it.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {jakarta.servlet.DispatcherType.REQUEST,
    jakarta.servlet.DispatcherType.ERROR, jakarta.servlet.DispatcherType.FORWARD})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Ends with script-src, where PrimeFaces appends the nonce. */
    static final String POLICY = "default-src 'self'; frame-src 'none'; frame-ancestors 'none'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; img-src 'self' data:; style-src 'self'; font-src 'self' data:; "
            + "connect-src 'self'; script-src 'self'";
    static final String CSP = "Content-Security-Policy";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void addHeader(String name, String value) {
                if (CSP.equalsIgnoreCase(name)) {
                    super.setHeader(name, value); // PrimeFaces' policy with the nonce replaces ours
                } else {
                    super.addHeader(name, value);
                }
            }
        });
    }

    /** Also called by the authentication mechanism, whose redirects are sent before any filter runs. */
    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(CSP, POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!isStaticResource(request)) {
            // pages may show personal data: never keep them in a browser or proxy cache
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
    }

    static boolean isStaticResource(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/");
    }
}
