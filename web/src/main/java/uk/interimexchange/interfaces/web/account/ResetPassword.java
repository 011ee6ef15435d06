package uk.interimexchange.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.interimexchange.application.RegistrationService;

/** The page the reset link opens (/reset-password.xhtml?link=…). */
@Named
@RequestScoped
public class ResetPassword extends ChoosePasswordPage {

    @Inject
    RegistrationService registrations;

    @Override
    void checkLink(String link) {
        registrations.checkResetLink(link);
    }

    @Override
    void choose(String link, char[] password) {
        registrations.resetPassword(link, password);
    }

    @Override
    String signInAddress() {
        return "/sign-in.xhtml?reset=done";
    }
}
