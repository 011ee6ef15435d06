package uk.interimexchange.interfaces.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.interimexchange.application.AccountService;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.interfaces.web.PageSteps;
import uk.interimexchange.interfaces.web.WebPages;

/** An admin gives one account its roles (/admin/account.xhtml?id=7). */
@Named
@RequestScoped
public class AccountRoles {

    @Inject
    AccountService accounts;

    @Inject
    FacesContext faces;

    @Inject
    PageSteps steps;

    private long id;
    private UserAccount account;
    private Role[] roles; // an array, so Faces converts each chosen value to a Role

    @PostConstruct
    void load() {
        id = WebPages.number(faces.getExternalContext().getRequestParameterMap().get("id"));
        try {
            account = accounts.find(id);
            roles = account.getRoles().toArray(Role[]::new);
        } catch (NotFoundException unknown) {
            account = null;
        }
    }

    /** The page's view action. */
    public void requireAccount() {
        if (account == null) {
            WebPages.notFound(faces);
        }
    }

    public void save() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        if (roles != null) {
            chosen.addAll(java.util.Arrays.asList(roles));
        }
        steps.take("account", "roles:roles", () -> {
            accounts.changeRoles(id, chosen);
            return "/admin/accounts.xhtml?q=" + URLEncoder.encode(account.getEmail(), StandardCharsets.UTF_8);
        }, "You changed " + account.getFullName() + "'s roles.");
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    public UserAccount getAccount() {
        return account;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }
}
