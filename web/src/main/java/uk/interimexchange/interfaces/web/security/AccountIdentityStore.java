package uk.interimexchange.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import uk.interimexchange.application.SignInOutcome;
import uk.interimexchange.application.SignInService;
import uk.interimexchange.domain.model.account.Role;

/** Our accounts as Jakarta Security's identity store: the sign-in service decides, and its roles become groups. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    SignInService signIn;

    @Inject
    SignInAttempt attempt;

    @Inject
    HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInOutcome outcome = signIn.signIn(credential.getCaller(), credential.getPassword().getValue(), request.getRemoteAddr());
        attempt.record(outcome);
        if (!outcome.signedIn()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(outcome.email(), outcome.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
