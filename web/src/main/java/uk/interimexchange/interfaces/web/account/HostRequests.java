package uk.interimexchange.interfaces.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import uk.interimexchange.application.AccountService;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.interfaces.web.FormMessages;

/** Coordinators and admins approve, or refuse with a reason, host contacts waiting to act for their organisation. */
@Named
@RequestScoped
public class HostRequests {

    @Inject
    AccountService accounts;

    @Inject
    FormMessages messages;

    @Inject
    FacesContext faces;

    private List<UserAccount> waiting;
    private String reason;

    @PostConstruct
    void load() {
        waiting = accounts.awaitingApproval();
    }

    public void approve(long accountId) throws IOException {
        try {
            UserAccount approved = accounts.approveHost(accountId);
            done("approved", approved.getFullName());
        } catch (BusinessRuleException e) {
            messages.error(null, e.getMessage());
        }
    }

    public void refuse(long accountId) throws IOException {
        try {
            UserAccount refused = accounts.refuseHost(accountId, reason);
            done("refused", refused.getFullName());
        } catch (BusinessRuleException e) {
            messages.error("requests:reason", e.getMessage());
        }
    }

    private void done(String what, String name) throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.getFlash().put("done", "You " + what + " " + name + ".");
        external.redirect(external.getRequestContextPath() + "/accounts/host-requests.xhtml");
    }

    public List<UserAccount> getWaiting() {
        return waiting;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
