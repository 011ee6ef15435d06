package uk.interimexchange.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import uk.interimexchange.application.RegistrationService;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.interfaces.web.FormMessages;

/** Asks for a reset link; the answer never says whether the address has an account. */
@Named
@RequestScoped
public class ForgottenPassword {

    @Inject
    RegistrationService registrations;

    @Inject
    FormMessages messages;

    @Inject
    FacesContext faces;

    private String email;

    public void submit() throws IOException {
        try {
            registrations.requestPasswordReset(email);
        } catch (BusinessRuleException e) {
            messages.error("forgotten:email", e.getMessage());
            return;
        }
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/forgotten-password.xhtml?sent=true");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
