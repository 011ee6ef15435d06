package uk.interimexchange.infrastructure.mail;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import uk.interimexchange.domain.model.mail.Email;

/** Hands one email to the configured SMTP server through Jakarta Mail. */
@ApplicationScoped
public class SmtpMailer {

    @Inject
    MailSettings settings;

    public void send(Email email) throws MessagingException {
        Session session = session();
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // One id per outbox row: a copy resent after a node died mid-send is recognisably the same message.
                setHeader("Message-ID", "<outbox-" + email.getId() + "." + email.getQueuedAt().toEpochMilli()
                        + "@interim-exchange>");
            }
        };
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(email.getRecipient()));
        message.setSubject(email.getSubject(), StandardCharsets.UTF_8.name());
        if (email.getCalendar().isPresent()) {
            message.setContent(withCalendar(email.getBody(), email.getCalendar().get()));
        } else {
            message.setText(email.getBody(), StandardCharsets.UTF_8.name());
        }
        message.setSentDate(new Date());
        Transport.send(message);
    }

    /**
     * The text, then the invitation as a text/calendar part carrying its method (REQUEST or CANCEL), which mail
     * programs offer to add to, update in or remove from the calendar; it is also named as an .ics file for the rest.
     */
    public static MimeMultipart withCalendar(String body, String calendar) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, StandardCharsets.UTF_8.name());
        String method = calendar.contains("\nMETHOD:CANCEL") ? "CANCEL" : "REQUEST";
        MimeBodyPart invitation = new MimeBodyPart();
        invitation.setDataHandler(new DataHandler(new ByteArrayDataSource(calendar.getBytes(StandardCharsets.UTF_8),
                "text/calendar; charset=UTF-8; method=" + method)));
        invitation.setFileName(method.equals("CANCEL") ? "cancellation.ics" : "invitation.ics");
        MimeMultipart parts = new MimeMultipart("mixed");
        parts.addBodyPart(text);
        parts.addBodyPart(invitation);
        return parts;
    }

    private Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.host());
        props.put("mail.smtp.port", String.valueOf(settings.port()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "20000");
        props.put("mail.smtp.writetimeout", "20000");
        props.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        props.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
        if (settings.username().isPresent()) {
            props.put("mail.smtp.auth", "true");
            String user = settings.username().get();
            String password = settings.password().orElse("");
            return Session.getInstance(props, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            });
        }
        return Session.getInstance(props);
    }
}
