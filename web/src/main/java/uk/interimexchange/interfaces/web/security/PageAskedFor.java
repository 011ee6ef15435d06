package uk.interimexchange.interfaces.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.Optional;

/**
 * The page a visitor asked for before they were sent to sign in, kept in their session so the sign-in page can go
 * on to it. Only a GET of a page in this application counts: never another site, never a form's post.
 */
final class PageAskedFor {

    static final String ATTRIBUTE = PageAskedFor.class.getName();

    private PageAskedFor() {
    }

    /** Remembers the page of this request, when it is a GET of a page in this application. */
    static void remember(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return;
        }
        String query = request.getQueryString();
        String asked = request.getRequestURI() + (query == null ? "" : "?" + query);
        try {
            withinApplication(asked, request.getContextPath()).ifPresent(page -> request.getSession().setAttribute(ATTRIBUTE, page));
        } catch (IllegalArgumentException malformed) {
            // an address that is not a URI is no page to go on to
        }
    }

    /** The page remembered, once: reading it forgets it. */
    static Optional<String> in(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object saved = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
        return saved instanceof String page ? Optional.of(page) : Optional.empty();
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
