package uk.interimexchange.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import uk.interimexchange.application.AccountService;
import uk.interimexchange.interfaces.web.PageSteps;

/** An admin closes the account of someone who has left, or opens it again, on the account's page. */
@Named
@RequestScoped
public class AccountClosure {

    @Inject
    AccountRoles page;

    @Inject
    AccountService accounts;

    @Inject
    PageSteps steps;

    private String reason;

    public void deactivate() {
        steps.take("account", "closure:reason", () -> {
            accounts.deactivate(page.getAccount().getId(), reason);
            return back();
        }, page.getAccount().getFullName() + " can no longer sign in. What they did keeps their name.");
    }

    public void reactivate() {
        steps.take("account", "closure:reason", () -> {
            accounts.reactivate(page.getAccount().getId());
            return back();
        }, page.getAccount().getFullName() + " can sign in again.");
    }

    private String back() {
        return "/admin/account.xhtml?id=" + page.getAccount().getId() + "&q=" + URLEncoder.encode(page.getAccount().getEmail(), StandardCharsets.UTF_8);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
