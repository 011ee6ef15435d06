package uk.interimexchange.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import uk.interimexchange.application.PasswordRefusedException;
import uk.interimexchange.application.RegistrationService;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.interfaces.web.FormMessages;

/** The page the reset link opens: a used, expired or altered link is refused before a password is asked for. */
@Named
@RequestScoped
public class ResetPassword {

    @Inject
    RegistrationService registrations;

    @Inject
    FormMessages messages;

    @Inject
    FacesContext faces;

    private String link;
    private String password;
    private String refusal;

    public void check() {
        try {
            registrations.checkResetLink(link);
        } catch (BusinessRuleException e) {
            refusal = e.getMessage();
        }
    }

    public void submit() throws IOException {
        try {
            registrations.resetPassword(link, password == null ? new char[0] : password.toCharArray());
        } catch (PasswordRefusedException e) {
            messages.error("reset:password", e.getMessage());
            return;
        } catch (BusinessRuleException e) {
            refusal = e.getMessage();
            return;
        } finally {
            password = null;
        }
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/sign-in.xhtml?reset=done");
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRefusal() {
        return refusal;
    }
}
