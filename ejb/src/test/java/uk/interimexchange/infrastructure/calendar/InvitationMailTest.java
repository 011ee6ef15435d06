package uk.interimexchange.infrastructure.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.interimexchange.application.port.Calendars.Attendee;
import uk.interimexchange.application.port.Calendars.Event;
import uk.interimexchange.infrastructure.mail.MailSettings;
import uk.interimexchange.infrastructure.mail.SmtpMailer;

/** An invitation goes as the text and a text/calendar part carrying its method, which mail programs act on. */
class InvitationMailTest {

    private static final Event INTERVIEW = new Event("interview-7@interim-exchange", 0, Instant.parse("2026-12-03T10:30:00Z"),
            Instant.parse("2026-12-03T11:30:00Z"), "Interview: Ash for “Outpatients”", "Video call interview, with commas; and semicolons.",
            "Video call", List.of(new Attendee("Ash Associate", "ash@example.org")), false);

    private static String calendar(Event event) {
        Ical4jCalendars calendars = new Ical4jCalendars();
        calendars.clock = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
        calendars.mail = new MailSettings() {
            @Override
            public String from() {
                return "Interim Exchange <programme@interim.example>";
            }
        };
        return calendars.invitation(event);
    }

    @Test
    void anInvitationIsARequestTheCalendarAddsAndItsCancellationTakesItOut() throws Exception {
        String invitation = calendar(INTERVIEW);
        assertTrue(invitation.contains("\r\nMETHOD:REQUEST\r\n"), invitation);
        assertTrue(invitation.contains("\r\nDTSTART:20261203T103000Z\r\n"), invitation);
        assertTrue(invitation.contains("\r\nORGANIZER:mailto:programme@interim.example\r\n"), invitation);
        assertTrue(invitation.contains("ATTENDEE;CN=Ash Associate"), invitation);
        assertTrue(invitation.contains("with commas\\; and semicolons."), "text escaped as RFC 5545 says: " + invitation);

        String cancellation = calendar(INTERVIEW.cancel());
        assertTrue(cancellation.contains("\r\nMETHOD:CANCEL\r\n") && cancellation.contains("\r\nSTATUS:CANCELLED\r\n")
                && cancellation.contains("\r\nSEQUENCE:1\r\n") && cancellation.contains("\r\nUID:interview-7@interim-exchange\r\n"), cancellation);

        assertPart(SmtpMailer.withCalendar("Dear Ash", invitation), "method=REQUEST", "invitation.ics", invitation);
        assertPart(SmtpMailer.withCalendar("Dear Ash", cancellation), "method=CANCEL", "cancellation.ics", cancellation);
    }

    private static void assertPart(MimeMultipart built, String method, String file, String calendar) throws Exception {
        MimeMessage message = new MimeMessage((Session) null);
        message.setContent(built);
        message.saveChanges(); // the headers of each part, as they are sent
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertEquals(2, parts.getCount());
        assertEquals("Dear Ash", parts.getBodyPart(0).getContent());
        BodyPart invitation = parts.getBodyPart(1);
        assertTrue(invitation.getContentType().startsWith("text/calendar") && invitation.getContentType().contains(method),
                invitation.getContentType());
        assertEquals(file, invitation.getFileName());
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        invitation.getDataHandler().writeTo(content);
        assertEquals(calendar, content.toString(StandardCharsets.UTF_8));
    }
}
