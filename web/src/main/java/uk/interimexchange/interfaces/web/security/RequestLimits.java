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
 * 500), and a null character in an address or a form (400; PostgreSQL cannot store or even compare it). A file may
 * be uploaded only where one is asked for (a cohort's spreadsheet, up to {@link #UPLOAD_LIMIT}); a post that is not
 * multipart has no files, rather than failing the page that looks for one.
 */
@WebFilter(filterName = "RequestLimits", urlPatterns = "/*")
public class RequestLimits extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Well above the largest form (a scoping document with every row filled to its limits), well below the server's. */
    static final long LIMIT = 1024 * 1024;

    /** The pages a file is uploaded to, and how large a post to them may be: the page itself refuses a file over 5 MB in words. */
    static final java.util.Set<String> UPLOADS = java.util.Set.of("/associates/import.xhtml");
    static final long UPLOAD_LIMIT = 6L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean upload = UPLOADS.contains(request.getServletPath());
        if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > (upload ? UPLOAD_LIMIT : LIMIT)) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        if (!multipart(request)) {
            request = new NoParts(request);
        }
        if (hasNullCharacter(request)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean multipart(HttpServletRequest request) {
        return request.getContentType() != null
                && request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
    }

    /** A request that is not multipart: it has no parts (the container would throw, and the page answer 500). */
    private static final class NoParts extends jakarta.servlet.http.HttpServletRequestWrapper {

        NoParts(HttpServletRequest request) {
            super(request);
        }

        @Override
        public java.util.Collection<jakarta.servlet.http.Part> getParts() {
            return java.util.List.of();
        }

        @Override
        public jakarta.servlet.http.Part getPart(String name) {
            return null;
        }
    }

    private static boolean hasNullCharacter(HttpServletRequest request) {
        if (request.getQueryString() != null && request.getQueryString().toUpperCase(java.util.Locale.ROOT).contains("%00")) {
            return true;
        }
        return request.getParameterMap().values().stream().flatMap(Arrays::stream).anyMatch(v -> v.indexOf('\u0000') >= 0);
    }
}
