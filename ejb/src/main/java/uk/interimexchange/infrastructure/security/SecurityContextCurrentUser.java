package uk.interimexchange.infrastructure.security;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import uk.interimexchange.application.Actor;
import uk.interimexchange.application.CurrentUser;
import uk.interimexchange.domain.model.account.UserAccountRepository;

/** Resolves the caller from Jakarta Security; with no signed-in caller it is the application itself. */
@Dependent
public class SecurityContextCurrentUser implements CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    UserAccountRepository accounts;

    @Override
    public Actor actor() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null || principal.getName() == null || "ANONYMOUS".equals(principal.getName())) {
            return Actor.anonymous();
        }
        return accounts.findByEmail(principal.getName()).map(Actor::of).orElse(Actor.anonymous());
    }
}
