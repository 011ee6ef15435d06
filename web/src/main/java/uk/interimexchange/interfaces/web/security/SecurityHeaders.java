package uk.interimexchange.interfaces.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response; HSTS only when the request came over HTTPS. A page for someone signed in is never
 * stored by the browser or anything between (Cache-Control: no-store), so the back button or a shared computer does
 * not show it to the next person.
 *
 * <p>Scripts run only from our own origin. On pages PrimeFaces renders, its CSP mode (web.xml) moves every inline
 * script and handler behind a per-response nonce and sends the same policy with the nonce added; the wrapper makes
 * that header replace ours rather than join it, so each response carries exactly one policy.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String POLICY_HEADER = "Content-Security-Policy";

    /** The policy's one home is web.xml, where PrimeFaces reads it too. */
    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";

    private String contentSecurityPolicy;

    @Override
    public void init() throws ServletException {
        contentSecurityPolicy = getServletContext().getInitParameter(POLICY_PARAMETER);
        if (contentSecurityPolicy == null || !contentSecurityPolicy.strip().endsWith("script-src 'self'")) {
            throw new ServletException(POLICY_PARAMETER + " must be set in web.xml and end with script-src 'self'");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(POLICY_HEADER, contentSecurityPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (request.getUserPrincipal() != null && !isSharedResource(request)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Style sheets, scripts and icons are the same for everyone and may be cached. */
    private static boolean isSharedResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/static/");
    }

    /** A policy added later (PrimeFaces', with its nonce) replaces the one set here instead of being added to it. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (POLICY_HEADER.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
