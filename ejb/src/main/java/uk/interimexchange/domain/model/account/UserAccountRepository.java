package uk.interimexchange.domain.model.account;

import java.util.List;
import java.util.Optional;

public interface UserAccountRepository {

    Optional<UserAccount> find(long id);

    Optional<UserAccount> findByEmail(String email);

    /** Accounts in one status, oldest first; for the short queues of people waiting on someone (at most 200). */
    List<UserAccount> withStatus(AccountStatus status);

    void store(UserAccount account);
}
