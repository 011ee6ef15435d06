package uk.interimexchange.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import uk.interimexchange.application.port.MailTemplates;

/** The email wording from the text files in {@code src/main/resources/mail/} (see {@link MailTemplate}). */
@ApplicationScoped
public class ClasspathMailTemplates implements MailTemplates {

    @Override
    public Filled fill(String name, Map<String, String> values) {
        MailTemplate template = MailTemplate.named(name);
        return new Filled(template.subject(values), template.body(values));
    }
}
