package uk.interimexchange.interfaces.web.calendar;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import uk.interimexchange.application.CalendarService;

/**
 * A coordinator's interviews in the next seven days, for their calendar application to subscribe to:
 * /calendar/interviews.ics?key=…, the key being the secret of their own address. Any other key answers 404, the same
 * as an address that was replaced. Not signed in: a calendar application has no session, and the key is the permission.
 */
@WebServlet(name = "InterviewFeed", urlPatterns = "/calendar/interviews.ics")
public class InterviewFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CalendarService calendars;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] feed = calendars.interviewFeed(request.getParameter("key")).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"interviews.ics\"");
        response.setHeader("Cache-Control", "private, no-store"); // the feed names people: no shared cache keeps it
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setContentLength(feed.length);
        response.getOutputStream().write(feed);
    }
}
