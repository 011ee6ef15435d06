package uk.interimexchange.interfaces.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.stream.Collectors;
import uk.interimexchange.application.AccountService;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.account.UserAccount;

/** The signed-in person's own account page. */
@Named
@RequestScoped
public class YourAccount {

    @Inject
    AccountService accounts;

    private UserAccount account;
    private String roles;

    @PostConstruct
    void load() {
        account = accounts.mine();
        roles = account.getRoles().stream().sorted().map(Role::getLabel).collect(Collectors.joining(", "));
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getRoles() {
        return roles;
    }
}
