package uk.interimexchange.application;

import java.util.List;
import uk.interimexchange.domain.model.account.UserAccount;

/** People's accounts: their own, and the admin's care of everyone's. */
public interface AccountService {

    /** The signed-in caller's own account. */
    UserAccount mine();

    /** An admin clears an account's failed sign-ins and its wait. */
    UserAccount unlock(long accountId);

    /** Registered host contacts who confirmed their address and wait for approval, oldest first. */
    List<UserAccount> awaitingApproval();

    /** A coordinator or admin confirms a host contact acts for the organisation they named; the account opens. */
    UserAccount approveHost(long accountId);

    /** A coordinator or admin could not confirm the host contact; the account stays closed and they are told why. */
    UserAccount refuseHost(long accountId, String reason);
}
