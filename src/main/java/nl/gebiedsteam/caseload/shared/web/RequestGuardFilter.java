package nl.gebiedsteam.caseload.shared.web;

import jakarta.faces.render.ResponseStateManager;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns requests the application cannot have sent into plain 4xx answers with our own error
 * page, before they reach Faces (where they ended as a 500 or the container's own page): methods
 * other than GET, HEAD and POST (405); a POST without a length (411) or larger than
 * {@code caseload.request.max-bytes} (413; an upload to the documents page may be a document's
 * limit larger); a GET or HEAD carrying a view state, which Faces would
 * take for a postback, or a query that does not decode (400).
 */
@WebFilter(urlPatterns = "/*")
public class RequestGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST");

    @Inject
    @ConfigProperty(name = "caseload.request.max-bytes", defaultValue = "1048576")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "caseload.document.max-mb", defaultValue = "20")
    long documentMaxMegabytes;

    /** The one page that takes files: each upload request carries one file and the form's fields. */
    static final String UPLOAD_PAGE = "/client/documents.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!METHODS.contains(method)) {
            response.setHeader("Allow", "GET, HEAD, POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if ("POST".equals(method)) {
            long length = request.getContentLengthLong();
            if (length < 0) {
                response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
                return;
            }
            if (length > limit(request)) {
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
        } else if (carriesViewState(request.getQueryString())) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    private long limit(HttpServletRequest request) {
        String type = request.getContentType();
        boolean upload = UPLOAD_PAGE.equals(request.getServletPath()) && type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
        return upload ? maxBytes + documentMaxMegabytes * 1024 * 1024 : maxBytes;
    }

    /**
     * Read from the raw query string: reading a parameter here would fix the request's character
     * encoding before Faces sets it to UTF-8. A query that cannot be decoded is refused too.
     */
    static boolean carriesViewState(String query) {
        if (query == null) {
            return false;
        }
        try {
            return Arrays.stream(query.split("&"))
                    .map(pair -> URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8))
                    .anyMatch(ResponseStateManager.VIEW_STATE_PARAM::equals);
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }
}
