package uk.interimexchange.interfaces.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The session travels in its cookie only (web.xml's tracking mode). An address carrying a session id
 * ({@code ;jsessionid=…}), as a copied link or an attacker's might, is never acted on: the visitor is sent to the same
 * address without it, and their own cookie decides who they are.
 */
@WebFilter(filterName = "SessionInCookieOnly", urlPatterns = "/*")
public class SessionInCookieOnly extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Pattern SESSION_IN_PATH = Pattern.compile(";jsessionid=[^/?#]*", Pattern.CASE_INSENSITIVE);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String uri = request.getRequestURI();
        if (request.isRequestedSessionIdFromURL() || SESSION_IN_PATH.matcher(uri).find()) {
            String clean = SESSION_IN_PATH.matcher(uri).replaceAll("");
            response.setHeader("Cache-Control", "no-store");
            response.sendRedirect(clean.isEmpty() ? request.getContextPath() + "/" : clean);
            return;
        }
        chain.doFilter(request, response);
    }
}
