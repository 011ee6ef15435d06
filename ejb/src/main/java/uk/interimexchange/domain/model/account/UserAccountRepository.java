package uk.interimexchange.domain.model.account;

import java.util.Optional;

public interface UserAccountRepository {

    Optional<UserAccount> find(long id);

    Optional<UserAccount> findByEmail(String email);

    void store(UserAccount account);
}
