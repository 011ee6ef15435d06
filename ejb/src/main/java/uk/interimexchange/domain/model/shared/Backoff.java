package uk.interimexchange.domain.model.shared;

import java.time.Duration;

/** Waits that double with each further failure, up to a ceiling: sign-in throttling and email retries share it. */
public final class Backoff {

    private Backoff() {
    }

    /** {@code first} after no doublings, then 2, 4, 8 … times as long, never longer than {@code longest}. */
    public static Duration doubling(Duration first, int doublings, Duration longest) {
        Duration wait = first.multipliedBy(1L << Math.min(Math.max(doublings, 0), 30));
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
