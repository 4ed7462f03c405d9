package nl.gebiedsteam.caseload.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Error pages render without the refused request's parameters and without its {@code Faces-Request}
 * header, as a page of their own. Otherwise a refused postback (a forged view state or script
 * nonce) made Faces treat the error page as the same postback, and a refused AJAX request (a URL
 * the caller's role may not reach) made PrimeFaces look for the AJAX script nonce the page no
 * longer had: both failed again and ended in the container's 500.
 */
@WebFilter(urlPatterns = "/WEB-INF/errorpages/*", dispatcherTypes = {DispatcherType.ERROR, DispatcherType.FORWARD})
public class ErrorPageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String FACES_REQUEST = "Faces-Request";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new WithoutParameters(request), response);
    }

    /** The request as the error page sees it: no parameters at all, and not an AJAX request. */
    private static final class WithoutParameters extends HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getQueryString() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return FACES_REQUEST.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return FACES_REQUEST.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !FACES_REQUEST.equalsIgnoreCase(name)).toList());
        }
    }
}
