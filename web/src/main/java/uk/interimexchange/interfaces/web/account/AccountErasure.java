package uk.interimexchange.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.interimexchange.application.AccountService;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.interfaces.web.PageSteps;

/** An admin erases a person at their request, on the account's page, once they confirm it cannot be undone. */
@Named
@RequestScoped
public class AccountErasure {

    @Inject
    AccountRoles page;

    @Inject
    AccountService accounts;

    @Inject
    PageSteps steps;

    private String reference;
    private boolean understood;

    public void erase() {
        long id = page.getAccount().getId();
        String name = page.getAccount().getFullName();
        steps.take("account", "erasure:reference", () -> {
            if (!understood) {
                throw new BusinessRuleException("Tick the box to confirm you understand that erasing " + name + "'s data cannot be undone.");
            }
            accounts.erase(id, reference);
            return "/admin/account.xhtml?id=" + id;
        }, () -> "You erased " + name + "'s personal data. Where they acted, the records now say \""
                + accounts.find(id).getFullName().toLowerCase() + "\".");
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public boolean isUnderstood() {
        return understood;
    }

    public void setUnderstood(boolean understood) {
        this.understood = understood;
    }
}
