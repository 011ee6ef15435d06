package uk.interimexchange.application;

import java.util.List;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

/** People's accounts: their own, and the admin's care of everyone's. */
public interface AccountService {

    /** The signed-in caller's own account. */
    UserAccount mine();

    /** An admin finds accounts by name or email address (all when blank), by name, one page at a time. */
    Page<UserAccount> search(String words, PageRequest page);

    /** An admin looks at one account. */
    UserAccount find(long accountId);

    /**
     * An admin gives an account exactly these roles. A new associate gets a draft profile; an admin cannot take
     * away their own administrator role, so there is always one left.
     */
    UserAccount changeRoles(long accountId, java.util.Set<uk.interimexchange.domain.model.account.Role> roles);

    /**
     * An admin closes the account of someone who has left: they can no longer sign in, and what they did keeps their
     * name. An associate's profile leaves the talent pool, with their applications in progress withdrawn. Refused for
     * one's own account, and for an associate with a placement still in play.
     */
    UserAccount deactivate(long accountId, String reason);

    /**
     * An admin erases a person at their request (UK GDPR): their name becomes what they were ("A former associate")
     * wherever they acted, their contact details, profile, statements, notifications and emails go, and the erasure
     * is audited under the request's reference. Placements, the audit trail and published lessons keep their meaning.
     * It cannot be undone. Refused for one's own account, while they have a placement or a need still in play, and
     * once done.
     */
    UserAccount erase(long accountId, String reference);

    /** An admin opens a deactivated account again. */
    UserAccount reactivate(long accountId);

    /** An admin clears an account's failed sign-ins and its wait. */
    UserAccount unlock(long accountId);

    /** Registered host contacts who confirmed their address and wait for approval, oldest first. */
    List<UserAccount> awaitingApproval();

    /** A coordinator or admin confirms a host contact acts for the organisation they named; the account opens. */
    UserAccount approveHost(long accountId);

    /** A coordinator or admin could not confirm the host contact; the account stays closed and they are told why. */
    UserAccount refuseHost(long accountId, String reason);
}
