package uk.interimexchange.interfaces.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;

/**
 * Signs out and ends the session, then shows the home page. A plain POST to one address rather than a Faces form,
 * which would post back to whatever view rendered it: on an error page that is a view nobody may request.
 * A cross-site POST carries no session cookie (SameSite), and one that says it comes from elsewhere is refused.
 */
@WebServlet("/sign-out")
public class SignOut extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.equals("null") && !sameHost(origin, request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/?signed-out=true");
    }

    private static boolean sameHost(String origin, HttpServletRequest request) {
        try {
            URI from = URI.create(origin);
            return request.getServerName().equalsIgnoreCase(from.getHost())
                    && request.getServerPort() == (from.getPort() == -1 ? ("https".equals(from.getScheme()) ? 443 : 80) : from.getPort());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
