package uk.interimexchange.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import uk.interimexchange.domain.model.mail.Outbox;
import uk.interimexchange.infrastructure.mail.MailSettings;

/**
 * Whether this node's mail sender is stuck: it is when no round has finished for ten polls (and at least five
 * minutes), because a round hangs or the timer died. How long the oldest unsent email has waited is reported with
 * it, for monitoring; a mail server that refuses everything shows there, and does not take every node out of
 * service, since pages work without it and the emails wait safely in the outbox.
 */
@Readiness
@ApplicationScoped
public class MailReadiness implements HealthCheck {

    private static final Duration AT_LEAST = Duration.ofMinutes(5);
    private static final int POLLS = 10;

    @Inject
    SenderHeartbeat heartbeat;

    @Inject
    MailSettings settings;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Override
    public HealthCheckResponse call() {
        Instant now = clock.instant();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("mail");
        try {
            outbox.oldestUnsent().ifPresent(queued -> response.withData("oldestUnsentSeconds",
                    Duration.between(queued, now).toSeconds()));
        } catch (RuntimeException unanswered) {
            response.withData("oldestUnsentSeconds", "not known: the database did not answer");
        }
        if (!heartbeat.isRunning()) {
            return response.up().withData("sender", "not running: no mail server is configured, so emails stay in the outbox").build();
        }
        Duration quiet = Duration.between(heartbeat.lastSign(), now);
        Duration tenPolls = settings.pollInterval().multipliedBy(POLLS);
        Duration stuckAfter = tenPolls.compareTo(AT_LEAST) > 0 ? tenPolls : AT_LEAST;
        return response.status(quiet.compareTo(stuckAfter) <= 0).withData("sender", "running").withData("secondsSinceLastRound", quiet.toSeconds())
                .build();
    }
}
