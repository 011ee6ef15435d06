package uk.interimexchange.application.port;

import java.util.Map;

/**
 * The wording of the emails, kept where whoever looks after it can read and edit it: a template names each value it
 * needs, and a value it names but is not given is an error, so a half-filled email is never sent.
 */
public interface MailTemplates {

    /** The template called {@code name}, filled in with {@code values}. */
    Filled fill(String name, Map<String, String> values);

    /** An email's subject and body, ready to queue. */
    record Filled(String subject, String body) {
    }
}
