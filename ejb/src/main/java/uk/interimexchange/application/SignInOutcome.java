package uk.interimexchange.application;

import java.time.Instant;
import java.util.Set;
import uk.interimexchange.domain.model.account.Role;

/** What a sign-in attempt came to; {@code waitUntil} is set when sign-in is refused for now. */
public record SignInOutcome(Result result, String email, Set<Role> roles, Instant waitUntil) {

    public enum Result {
        SIGNED_IN,
        /** Wrong email or password, said the same way for both. */
        REFUSED,
        /** Too many failures for this account or from this address: try again later. */
        WAIT,
        /** The right password, but the email address has not been confirmed through its link yet. */
        AWAITING_VERIFICATION,
        /** The right password, but a coordinator or admin has not yet approved this host contact. */
        AWAITING_APPROVAL
    }

    public SignInOutcome {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static SignInOutcome refused() {
        return new SignInOutcome(Result.REFUSED, null, Set.of(), null);
    }

    public static SignInOutcome waitUntil(Instant until) {
        return new SignInOutcome(Result.WAIT, null, Set.of(), until);
    }

    public static SignInOutcome notOpenYet(Result why) {
        return new SignInOutcome(why, null, Set.of(), null);
    }

    public boolean signedIn() {
        return result == Result.SIGNED_IN;
    }
}
