package uk.interimexchange.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import uk.interimexchange.application.AccountService;
import uk.interimexchange.application.CurrentUser;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.application.Roles;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.account.UserAccountRepository;

@Stateless
public class DefaultAccountService implements AccountService {

    @Inject
    UserAccountRepository accounts;

    @Inject
    Callers callers;

    @Inject
    Transitions transitions;

    @Inject
    CurrentUser currentUser;

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR, Roles.ADMIN})
    public UserAccount mine() {
        return callers.account(currentUser.actor());
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public UserAccount unlock(long accountId) {
        UserAccount account = accounts.find(accountId).orElseThrow(() -> new NotFoundException("account"));
        account.unlock();
        transitions.record("account", DefaultSignInService.ENTITY, accountId, "unlocked", null, null, null);
        return account;
    }
}
