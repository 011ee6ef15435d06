package uk.interimexchange.interfaces.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;

/**
 * What no person's browser sends is refused before any page reads it, with a page in plain English: a form post larger
 * than any of our forms (413; left alone, the server would fail reading the fields, its limit being 2 MB, and answer
 * 500), and a null character in an address or a form (400; PostgreSQL cannot store or even compare it).
 */
@WebFilter(filterName = "RequestLimits", urlPatterns = "/*")
public class RequestLimits extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Well above the largest form (a scoping document with every row filled to its limits), well below the server's. */
    static final long LIMIT = 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > LIMIT) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        if (hasNullCharacter(request)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasNullCharacter(HttpServletRequest request) {
        if (request.getQueryString() != null && request.getQueryString().toUpperCase(java.util.Locale.ROOT).contains("%00")) {
            return true;
        }
        return request.getParameterMap().values().stream().flatMap(Arrays::stream).anyMatch(v -> v.indexOf('\u0000') >= 0);
    }
}
