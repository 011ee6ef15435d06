package uk.interimexchange.application;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.interimexchange.domain.model.mail.Email;
import uk.interimexchange.domain.model.mail.Outbox;

/** Reads links out of the emails in the outbox, as the person they were sent to would. */
public final class TestMail {

    private TestMail() {
    }

    /** The link token in the newest email to {@code recipient} that links to {@code page}. */
    public static String linkIn(Outbox outbox, String recipient, String page) {
        Pattern link = Pattern.compile(Pattern.quote(page) + "\\?link=(\\S+)");
        for (Email email : outbox.newest(200)) {
            if (email.getRecipient().equals(recipient)) {
                Matcher m = link.matcher(email.getBody());
                if (m.find()) {
                    return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("No email to " + recipient + " links to " + page);
    }
}
