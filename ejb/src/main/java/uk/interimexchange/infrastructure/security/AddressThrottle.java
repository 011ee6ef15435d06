package uk.interimexchange.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import uk.interimexchange.application.port.SignInThrottle;
import uk.interimexchange.domain.model.account.UserAccount;

/**
 * Slows repeated failed sign-ins from one network address, whichever accounts they try: after
 * {@link #FAILURES_ALLOWED} failures in {@link #WINDOW}, the address waits until the oldest falls out of the
 * window; a success does not clear them. Failures against an email address with no account wait as an account's
 * would ({@link UserAccount#waitAfter}), so a wait never tells whether an address has an account. Kept in memory
 * per node: it is a brake on guessing, not a record (the audit trail is the record).
 */
@ApplicationScoped
public class AddressThrottle implements SignInThrottle {

    static final int FAILURES_ALLOWED = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Bounds the memory a flood of addresses can take; the oldest entries go first. */
    static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    /** Failures in a row against email addresses with no account, and the wait they bring. */
    private final Map<String, UnknownEmail> unknownEmails = new ConcurrentHashMap<>();

    private record UnknownEmail(int failures, Instant lastFailed, Instant waitUntil) {
    }

    @Override
    public Optional<Instant> unknownEmailFailed(String email, Instant now) {
        if (unknownEmails.size() >= MAX_ADDRESSES) {
            unknownEmails.entrySet().removeIf(e -> e.getValue().lastFailed().plus(WINDOW).isBefore(now));
        }
        UnknownEmail after = unknownEmails.merge(key(email), new UnknownEmail(1, now, null), (was, one) -> {
            int count = was.lastFailed().plus(UserAccount.LONGEST_WAIT.multipliedBy(2)).isBefore(now) ? 1 : was.failures() + 1;
            return new UnknownEmail(count, now, UserAccount.waitAfter(count, now).orElse(null));
        });
        return Optional.ofNullable(after.waitUntil());
    }

    @Override
    public Optional<Instant> unknownEmailWaitsUntil(String email, Instant now) {
        UnknownEmail known = unknownEmails.get(key(email));
        return known == null || known.waitUntil() == null || !known.waitUntil().isAfter(now) ? Optional.empty()
                : Optional.of(known.waitUntil());
    }

    @Override
    public Optional<Instant> addressWaitsUntil(String address, Instant now) {
        Deque<Instant> recent = failures.get(key(address));
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            prune(recent, now);
            return recent.size() >= FAILURES_ALLOWED ? Optional.of(recent.peekFirst().plus(WINDOW)) : Optional.empty();
        }
    }

    @Override
    public void addressFailed(String address, Instant now) {
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

    private static void prune(Deque<Instant> recent, Instant now) {
        while (!recent.isEmpty() && !recent.peekFirst().plus(WINDOW).isAfter(now)) {
            recent.removeFirst();
        }
    }

    private static String key(String address) {
        return address == null ? "unknown" : address;
    }
}
