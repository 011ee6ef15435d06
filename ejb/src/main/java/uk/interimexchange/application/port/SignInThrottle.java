package uk.interimexchange.application.port;

import java.time.Instant;
import java.util.Optional;

/**
 * The brakes on guessing passwords that no account holds: failures from one network address, whichever accounts they
 * try, and failures against an email address that has no account, made to wait exactly as an account would so the
 * answer tells a stranger nothing. An account's own failures are kept on the account.
 */
public interface SignInThrottle {

    /** When the network address may try again, if it must wait. */
    Optional<Instant> addressWaitsUntil(String address, Instant now);

    void addressFailed(String address, Instant now);

    /** A failure against an email address with no account; answers when it may be tried again, if it must wait. */
    Optional<Instant> unknownEmailFailed(String email, Instant now);

    /** When an email address with no account may be tried again, if it must wait. */
    Optional<Instant> unknownEmailWaitsUntil(String email, Instant now);
}
