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
        WAIT
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

    public boolean signedIn() {
        return result == Result.SIGNED_IN;
    }
}
