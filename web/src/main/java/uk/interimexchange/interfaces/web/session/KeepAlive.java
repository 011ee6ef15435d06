package uk.interimexchange.interfaces.web.session;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Stay signed in" on the idle warning: a request that only marks the session as used. It answers 204 while the
 * person is signed in and 401 once the session has ended, so the page knows to send them to sign in.
 */
@WebServlet("/session/keep-alive")
public class KeepAlive extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        boolean signedIn = request.getSession(false) != null && request.getRemoteUser() != null;
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(signedIn ? HttpServletResponse.SC_NO_CONTENT : HttpServletResponse.SC_UNAUTHORIZED);
    }
}
