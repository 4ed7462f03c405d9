package nl.gebiedsteam.caseload.shared.web;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.gebiedsteam.caseload.shared.AccessDeniedException;
import nl.gebiedsteam.caseload.shared.HandedOverException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.OutOfScopeException;
import org.primefaces.csp.CspException;

/**
 * Gives every request a correlation id. An error page shows only that id; the server log holds
 * the id with the full exception, so support can find the cause without the page leaking it.
 * Known refusals become plain status codes (403, 404, 400 for an expired or forged view or a
 * missing or forged script nonce), so
 * web.xml maps error pages by status only and no exception class name reaches a page.
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
            Integer status = statusFor(e);
            if (status != null && !response.isCommitted()) {
                rememberHandedOver(request, e);
                if (status == HttpServletResponse.SC_FORBIDDEN && rootIs(e, AccessDeniedException.class)) {
                    request.setAttribute(DENIAL_LOGGED, Boolean.TRUE); // the service wrote the log line
                }
                response.sendError(status);
                return;
            }
            LOG.log(Level.SEVERE, e, () -> "Request failed, correlation id " + id + ": " + request.getMethod() + " "
                    + request.getRequestURI());
            throw e;
        }
    }

    public static final String DENIAL_LOGGED = "caseload.denialLogged";

    /** The request attribute the handed-over page reads its facts from. */
    public static final String HANDED_OVER = "caseload.handedOver";

    /** Keeps a {@link HandedOverException} where the error page finds it. */
    static void rememberHandedOver(jakarta.servlet.ServletRequest request, Throwable e) {
        root(e, HandedOverException.class).ifPresent(handedOver -> request.setAttribute(HANDED_OVER, handedOver));
    }

    static Integer statusFor(Throwable e) {
        if (rootIs(e, HandedOverException.class)) {
            return HttpServletResponse.SC_GONE; // the client went elsewhere: an old bookmark, not a breach
        }
        if (rootIs(e, OutOfScopeException.class)) {
            return HttpServletResponse.SC_NOT_FOUND; // the same answer as a record that does not exist
        }
        if (rootIs(e, AccessDeniedException.class) || rootIs(e, EJBAccessException.class)
                || rootIs(e, AccessLocalException.class)) {
            return HttpServletResponse.SC_FORBIDDEN;
        }
        if (rootIs(e, NotFoundException.class)) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
        if (rootIs(e, ViewExpiredException.class) || rootIs(e, CspException.class)) {
            return HttpServletResponse.SC_BAD_REQUEST;
        }
        return null;
    }

    static boolean rootIs(Throwable e, Class<? extends Throwable> type) {
        return root(e, type).isPresent();
    }

    /** The first exception of {@code type} in the chain of causes (a servlet exception's root cause included). */
    private static <T extends Throwable> Optional<T> root(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t instanceof ServletException se && se.getRootCause() != null
                && se.getRootCause() != t ? se.getRootCause() : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    public static String newId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
