package uk.interimexchange.interfaces.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.Optional;

/**
 * The page a visitor asked for before Jakarta Security sent them to sign in. Soteria keeps it in the session, but
 * a sign-in from our own page is a new authentication, which makes Soteria drop it (and continuing Soteria's own
 * way left the continued request without its roles in the EJB container on Payara 6). So the sign-in page reads it
 * first and goes there itself. Only a GET of a page in this application counts: never another site.
 */
final class PageAskedFor {

    /** Where Soteria's LoginToContinue keeps the original request (org.glassfish.soteria.servlet.RequestData). */
    static final String SOTERIA_ORIGINAL_REQUEST = "org.glassfish.soteria.original.request";

    private PageAskedFor() {
    }

    static Optional<String> in(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object saved = session == null ? null : session.getAttribute(SOTERIA_ORIGINAL_REQUEST);
        if (saved == null) {
            return Optional.empty();
        }
        try {
            String method = (String) saved.getClass().getMethod("getMethod").invoke(saved);
            String url = (String) saved.getClass().getMethod("getFullRequestURL").invoke(saved);
            return "GET".equals(method) ? withinApplication(url, request.getContextPath()) : Optional.empty();
        } catch (ReflectiveOperationException | ClassCastException | IllegalArgumentException unreadable) {
            return Optional.empty(); // a server whose Soteria keeps it differently: the home page it is
        }
    }

    /** The path and query of {@code url} when it is a page of this application other than sign-in. */
    static Optional<String> withinApplication(String url, String contextPath) {
        URI uri = URI.create(url);
        String path = uri.getRawPath();
        if (path == null || !path.startsWith(contextPath + "/") || path.startsWith("//") || path.contains("\\")
                || path.contains("/sign-in.xhtml")) { // "//host" would leave for another site
            return Optional.empty();
        }
        return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
    }
}
