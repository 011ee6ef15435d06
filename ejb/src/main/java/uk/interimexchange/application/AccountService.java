package uk.interimexchange.application;

import uk.interimexchange.domain.model.account.UserAccount;

/** People's accounts: their own, and the admin's care of everyone's. */
public interface AccountService {

    /** The signed-in caller's own account. */
    UserAccount mine();

    /** An admin clears an account's failed sign-ins and its wait. */
    UserAccount unlock(long accountId);
}
