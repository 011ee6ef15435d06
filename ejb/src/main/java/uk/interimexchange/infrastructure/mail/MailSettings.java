package uk.interimexchange.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where and how email goes, from the configuration (each key also as an environment variable, e.g.
 * {@code INTERIM_SMTP_HOST}). With no SMTP host the outbox only fills, and the developer mailbox shows it.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "interim.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "interim.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "interim.smtp.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "interim.smtp.password")
    Optional<String> password;

    /** STARTTLS is required unless switched off, for a local test server only. */
    @Inject
    @ConfigProperty(name = "interim.smtp.starttls", defaultValue = "true")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "interim.mail.from", defaultValue = "Interim Exchange <no-reply@interim-exchange.localhost>")
    String from;

    @Inject
    @ConfigProperty(name = "interim.mail.poll-seconds", defaultValue = "10")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "interim.mail.retry-seconds", defaultValue = "30")
    int retrySeconds;

    public boolean isConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public String host() {
        return host.orElse("");
    }

    public int port() {
        return port;
    }

    public Optional<String> username() {
        return username.filter(u -> !u.isBlank());
    }

    public Optional<String> password() {
        return password;
    }

    public boolean startTls() {
        return startTls;
    }

    public String from() {
        return from;
    }

    public Duration pollInterval() {
        return Duration.ofSeconds(Math.max(1, pollSeconds));
    }

    /** The wait before the first retry; it doubles with each failure, to at most an hour. */
    public Duration firstRetry() {
        return Duration.ofSeconds(Math.max(1, retrySeconds));
    }

    /** How long a node may take over one email before another node may assume it stopped and try again. */
    public Duration claimFor() {
        return Duration.ofMinutes(5);
    }
}
