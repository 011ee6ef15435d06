package uk.interimexchange.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * When this node's outbox sender started and last finished a round: the mail readiness check reads it without
 * waiting on the sender, which may be in the middle of a round.
 */
@ApplicationScoped
public class SenderHeartbeat {

    private volatile Instant started;
    private volatile Instant lastRound;

    public void started(Instant now) {
        started = now;
    }

    public void roundFinished(Instant now) {
        lastRound = now;
    }

    /** Whether the sender was started on this node (it is not when no mail server is configured). */
    public boolean isRunning() {
        return started != null;
    }

    /** The last time a round finished, or the start when none has yet. */
    public Instant lastSign() {
        Instant round = lastRound;
        return round != null ? round : started;
    }
}
