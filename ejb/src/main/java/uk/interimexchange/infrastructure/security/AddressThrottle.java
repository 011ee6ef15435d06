package uk.interimexchange.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows repeated failed sign-ins from one network address, whichever accounts they try: after
 * {@link #FAILURES_ALLOWED} failures in {@link #WINDOW}, the address waits until the oldest falls out of the
 * window. Kept in memory per node: it is a brake on guessing, not a record (the audit trail is the record).
 */
@ApplicationScoped
public class AddressThrottle {

    static final int FAILURES_ALLOWED = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Bounds the memory a flood of addresses can take; the oldest entries go first. */
    static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    /** When the address may try again, if it must wait. */
    public Optional<Instant> waitUntil(String address, Instant now) {
        Deque<Instant> recent = failures.get(key(address));
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            prune(recent, now);
            return recent.size() >= FAILURES_ALLOWED ? Optional.of(recent.peekFirst().plus(WINDOW)) : Optional.empty();
        }
    }

    public void failed(String address, Instant now) {
        if (failures.size() >= MAX_ADDRESSES) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(key(address), a -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent, now);
            recent.addLast(now);
        }
    }

    public void succeeded(String address) {
        failures.remove(key(address));
    }

    private static void prune(Deque<Instant> recent, Instant now) {
        while (!recent.isEmpty() && !recent.peekFirst().plus(WINDOW).isAfter(now)) {
            recent.removeFirst();
        }
    }

    private static String key(String address) {
        return address == null ? "unknown" : address;
    }
}
