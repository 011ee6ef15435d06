package uk.interimexchange.domain.model.account;

import java.util.List;
import java.util.Optional;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

public interface UserAccountRepository {

    Optional<UserAccount> find(long id);

    Optional<UserAccount> findByEmail(String email);

    /** Which of these addresses (lower case) already have an account. */
    java.util.Set<String> existingEmails(java.util.Collection<String> emails);

    /** Accounts whose email address was never confirmed, registered before {@code cutoff}: ids, oldest first, at most {@code max}. */
    List<Long> neverConfirmedBefore(java.time.Instant cutoff, int max);

    /** The account whose calendar feed has the secret hashed as {@code secretHash}. */
    Optional<UserAccount> findByCalendarFeed(String secretHash);

    /**
     * The account read again and held until the transaction ends, so that two sign-ins to one account at the same
     * moment (two tabs, two people) record their outcomes one after the other instead of one failing.
     */
    void holdForUpdate(UserAccount account);

    /** Accounts in one status, oldest first; for the short queues of people waiting on someone (at most 200). */
    List<UserAccount> withStatus(AccountStatus status);

    /** The ids of the active accounts holding a role: a small set, such as the programme's coordinators. */
    List<Long> activeWithRole(Role role);

    /** The open accounts of an organisation's host contacts, by name: those who can sponsor its needs. */
    List<UserAccount> activeHostContactsOf(long organisationId);

    /** Accounts whose name or email contains {@code words} (all when blank), by name, one page at a time. */
    Page<UserAccount> search(String words, PageRequest page);

    void store(UserAccount account);
}
