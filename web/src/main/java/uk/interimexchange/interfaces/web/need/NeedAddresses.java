package uk.interimexchange.interfaces.web.need;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bookmarkable addresses for records: {@code /needs/42} shows the page of need 42. */
@WebFilter(filterName = "NeedAddresses", urlPatterns = "/needs/*")
public class NeedAddresses extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Pattern RECORD = Pattern.compile("/needs/(\\d{1,18})/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher record = RECORD.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (record.matches()) {
            request.getRequestDispatcher("/needs/need.xhtml?id=" + record.group(1)).forward(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }
}
