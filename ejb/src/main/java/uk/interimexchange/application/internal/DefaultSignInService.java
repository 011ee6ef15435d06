package uk.interimexchange.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import uk.interimexchange.application.SignInOutcome;
import uk.interimexchange.application.SignInService;
import uk.interimexchange.domain.model.account.AccountStatus;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.account.UserAccountRepository;
import uk.interimexchange.application.port.SignInThrottle;
import uk.interimexchange.application.port.PasswordHashing;

@Stateless
public class DefaultSignInService implements SignInService {

    static final String ENTITY = "UserAccount";

    /** Audit events about an address that matches no account are filed against this id. */
    static final long NO_ACCOUNT = 0L;

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHashing passwords;

    @Inject
    SignInThrottle throttle;

    @Inject
    AuditTrail audit;

    @Inject
    Transitions transitions;

    @Inject
    Clock clock;

    @Override
    @PermitAll
    public SignInOutcome signIn(String email, char[] password, String fromAddress) {
        Instant now = clock.instant();
        String who = email == null || email.isBlank() ? "(no email given)" : email.strip().toLowerCase(java.util.Locale.ROOT);
        if (who.length() > 254) {
            who = who.substring(0, 254); // no address is longer; the audit column holds no more
        }
        Optional<Instant> addressWait = throttle.addressWaitsUntil(fromAddress, now);
        if (addressWait.isPresent()) {
            audit(NO_ACCOUNT, "sign-in refused: address waiting", who, "Too many failures from " + fromAddress);
            return SignInOutcome.waitUntil(addressWait.get());
        }
        Optional<UserAccount> found = who.contains("@") ? accounts.findByEmail(who) : Optional.empty();
        if (found.isEmpty()) {
            // An address with no account waits after failures exactly as an account does, so the answer tells nothing.
            Optional<Instant> waiting = throttle.unknownEmailWaitsUntil(who, now);
            if (waiting.isPresent()) {
                audit(NO_ACCOUNT, "sign-in refused: waiting after failures", who, "From " + fromAddress);
                return SignInOutcome.waitUntil(waiting.get());
            }
            passwords.matches(password, null); // same work as for a real account, so timing does not tell
            throttle.addressFailed(fromAddress, now);
            Optional<Instant> wait = throttle.unknownEmailFailed(who, now);
            audit(NO_ACCOUNT, "sign-in failed: no such account", who, "From " + fromAddress);
            return wait.map(SignInOutcome::waitUntil).orElseGet(SignInOutcome::refused);
        }
        UserAccount account = found.get();
        if (account.isThrottled(now)) {
            audit(account.getId(), "sign-in refused: waiting after failures", who, "From " + fromAddress);
            return SignInOutcome.waitUntil(account.getThrottledUntil());
        }
        boolean passwordMatches = passwords.matches(password, account.getPasswordHash());
        if (passwordMatches && account.getStatus() == AccountStatus.PENDING_VERIFICATION) {
            // Only someone who knows the password learns the account is waiting, so this tells a stranger nothing.
            audit(account.getId(), "sign-in refused: address not confirmed", who, "From " + fromAddress);
            return SignInOutcome.notOpenYet(SignInOutcome.Result.AWAITING_VERIFICATION);
        }
        if (passwordMatches && account.getStatus() == AccountStatus.PENDING_APPROVAL) {
            audit(account.getId(), "sign-in refused: waiting for approval", who, "From " + fromAddress);
            return SignInOutcome.notOpenYet(SignInOutcome.Result.AWAITING_APPROVAL);
        }
        accounts.holdForUpdate(account); // the outcome is recorded on the latest version, one sign-in at a time
        if (!account.isActive() || !passwordMatches) {
            boolean throttled = account.recordFailedSignIn(now);
            throttle.addressFailed(fromAddress, now);
            audit(account.getId(), throttled ? "sign-in failed: account throttled" : "sign-in failed", who,
                    account.getFailedSignIns() + " failed in a row, from " + fromAddress);
            transitions.save("account");
            return throttled ? SignInOutcome.waitUntil(account.getThrottledUntil()) : SignInOutcome.refused();
        }
        // A success clears the account's own failures, never the address's: one working account must not let an
        // address go on guessing at others.
        account.recordSignIn(now);
        audit(account.getId(), "signed in", who, "From " + fromAddress);
        transitions.save("account");
        return new SignInOutcome(SignInOutcome.Result.SIGNED_IN, account.getEmail(), account.getRoles(), null);
    }

    private void audit(long accountId, String action, String who, String comment) {
        audit.recordAs(who, ENTITY, accountId, action, null, null, comment);
    }
}
