package uk.interimexchange.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
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
        message.setText(email.getBody(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        Transport.send(message);
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
