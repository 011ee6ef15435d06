package uk.interimexchange.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bookmarkable addresses for records: {@code /needs/42} shows the page of need 42, {@code /applications/7} application 7,
 * {@code /associates/9} the profile of associate 9, and so on.
 */
@WebFilter(filterName = "RecordAddresses", urlPatterns = {"/needs/*", "/applications/*", "/placements/*", "/associates/*"})
public class RecordAddresses extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Pattern RECORD = Pattern.compile("/(needs|applications|placements|associates)/(\\d{1,18})/?");

    /** The view that shows one record of each kind. */
    private static final Map<String, String> VIEWS = Map.of(
            "needs", "/needs/need.xhtml",
            "applications", "/applications/application.xhtml",
            "placements", "/placements/placement.xhtml",
            "associates", "/associates/profile.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher record = RECORD.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (record.matches()) {
            request.getRequestDispatcher(VIEWS.get(record.group(1))).forward(new WithId(request, record.group(2)), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * The request with the record's id as its {@code id} parameter, which the view reads; added here rather than to the
     * forwarded address so that forms on the page post back to the record's own address, {@code /placements/42}.
     */
    private static final class WithId extends HttpServletRequestWrapper {

        private final String id;

        WithId(HttpServletRequest request, String id) {
            super(request);
            this.id = id;
        }

        @Override
        public String getParameter(String name) {
            return "id".equals(name) ? id : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return "id".equals(name) ? new String[] {id} : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> all = new java.util.LinkedHashMap<>(super.getParameterMap());
            all.put("id", new String[] {id});
            return java.util.Collections.unmodifiableMap(all);
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return java.util.Collections.enumeration(getParameterMap().keySet());
        }
    }
}
