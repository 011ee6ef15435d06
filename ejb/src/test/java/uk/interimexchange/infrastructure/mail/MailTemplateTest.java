package uk.interimexchange.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplateTest {

    @Test
    void fillsTheSubjectAndBodyAndRefusesAMissingValue() {
        MailTemplate t = MailTemplate.of("test", "Subject: About {{what}}\n\nDear {{name}},\n\n{{what}} costs $5 \\ {{name}}.\n");
        Map<String, String> values = Map.of("what", "The need", "name", "Sam $1");
        assertEquals("About The need", t.subject(values));
        assertEquals("Dear Sam $1,\n\nThe need costs $5 \\ Sam $1.\n", t.body(values), "values and text are taken literally");
        assertThrows(IllegalArgumentException.class, () -> t.body(Map.of("what", "x")));
        assertThrows(IllegalStateException.class, () -> MailTemplate.of("bad", "No subject line\n"));
    }

    @Test
    void theTemplatesShippedReadAsEmails() {
        Map<String, String> values = Map.of("name", "Sam Sponsor", "what", "The need “Frailty”: published", "by", ", by Cara Coordinator",
                "link", "http://localhost:8080/needs/7", "notifications", "http://localhost:8080/account/notifications.xhtml",
                "action", "See it here:");
        MailTemplate notification = MailTemplate.named("notification");
        assertEquals("Interim Exchange: The need “Frailty”: published", notification.subject(values));
        String body = notification.body(values);
        assertTrue(body.startsWith("Dear Sam Sponsor,\n\nThe need “Frailty”: published, by Cara Coordinator.\n"), body);
        assertTrue(body.contains("http://localhost:8080/needs/7"), body);
        String reminder = MailTemplate.named("reminder").body(values);
        assertTrue(reminder.contains("The need “Frailty”: published.\n\nSee it here:\nhttp://localhost:8080/needs/7"), reminder);
        assertFalse(reminder.contains("{{"), reminder);
    }
}
