package uk.interimexchange.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.interimexchange.application.RegistrationService;
import uk.interimexchange.domain.model.account.AccountStatus;
import uk.interimexchange.domain.model.shared.BusinessRuleException;

/** Opening the link in the registration email confirms the address at once; the page says what happens next. */
@Named
@RequestScoped
public class VerifyEmail {

    @Inject
    RegistrationService registrations;

    private String link;
    private AccountStatus reached;
    private String refusal;

    public void verify() {
        try {
            reached = registrations.verifyEmail(link);
        } catch (BusinessRuleException e) { // a used, expired or altered link, or an address already confirmed
            refusal = e.getMessage();
        }
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public boolean isOpen() {
        return reached == AccountStatus.ACTIVE;
    }

    public boolean isAwaitingApproval() {
        return reached == AccountStatus.PENDING_APPROVAL;
    }

    public String getRefusal() {
        return refusal;
    }
}
