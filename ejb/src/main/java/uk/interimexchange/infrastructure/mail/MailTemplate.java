package uk.interimexchange.infrastructure.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An email written as a plain text file in {@code src/main/resources/mail/}, so that whoever looks after the wording
 * reads and edits it as the recipient will see it. The first line is {@code Subject: …}; {@code {{name}}} marks a
 * value filled in when the email is written. A value the template names but the caller does not give is an error,
 * so a half-filled email is never sent.
 */
public final class MailTemplate {

    private static final Pattern FIELD = Pattern.compile("\\{\\{([a-zA-Z]+)}}");
    private static final Map<String, MailTemplate> LOADED = new ConcurrentHashMap<>();

    private final String name;
    private final String subject;
    private final String body;

    private MailTemplate(String name, String text) {
        this.name = name;
        String normalised = text.replace("\r\n", "\n");
        int end = normalised.indexOf('\n');
        if (!normalised.startsWith("Subject: ") || end < 0) {
            throw new IllegalStateException("The mail template " + name + " does not start with a Subject: line");
        }
        this.subject = normalised.substring("Subject: ".length(), end).strip();
        this.body = normalised.substring(end + 1).stripLeading();
    }

    /** The template {@code mail/<name>.txt} on the class path, read once. */
    public static MailTemplate named(String name) {
        return LOADED.computeIfAbsent(name, n -> {
            try (InputStream in = MailTemplate.class.getResourceAsStream("/mail/" + n + ".txt")) {
                if (in == null) {
                    throw new IllegalStateException("No mail template mail/" + n + ".txt");
                }
                return new MailTemplate(n, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Parses a template's text; for tests of the templates themselves. */
    static MailTemplate of(String name, String text) {
        return new MailTemplate(name, text);
    }

    public String subject(Map<String, String> values) {
        return fill(subject, values);
    }

    public String body(Map<String, String> values) {
        return fill(body, values);
    }

    private String fill(String text, Map<String, String> values) {
        Matcher m = FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("The mail template " + name + " needs a value for " + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
