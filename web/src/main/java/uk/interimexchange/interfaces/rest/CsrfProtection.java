package uk.interimexchange.interfaces.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * The API is called with the session cookie, so a page on another site could make a signed-in browser call it.
 * Every state-changing call (POST, PUT, PATCH, DELETE) must carry the session's token in the X-CSRF-Token
 * header, which only a page of ours can read (from GET /api/csrf-token); a missing or wrong token is 403.
 */
@Provider
public class CsrfProtection implements ContainerRequestFilter {

    public static final String HEADER = "X-CSRF-Token";

    static final String SESSION_KEY = CsrfProtection.class.getName();

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private static final SecureRandom RANDOM = new SecureRandom();

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext call) {
        if (SAFE.contains(call.getMethod())) {
            return;
        }
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(SESSION_KEY);
        String given = call.getHeaderString(HEADER);
        if (expected == null || given == null
                || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII))) {
            call.abortWith(Problem.of(Response.Status.FORBIDDEN.getStatusCode(), "This request did not carry a valid " + HEADER
                    + " header. Fetch one from /api/csrf-token and send it with each change.", request.getRequestURI()));
        }
    }

    /** The session's token, made on first asking. */
    static String tokenFor(HttpSession session) {
        synchronized (session) {
            String token = (String) session.getAttribute(SESSION_KEY);
            if (token == null) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                session.setAttribute(SESSION_KEY, token);
            }
            return token;
        }
    }
}
