package uk.interimexchange.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.interimexchange.application.RegistrationService;

/** The page a cohort's invitation opens (/join.xhtml?link=…): the person chooses their password, then signs in. */
@Named
@RequestScoped
public class JoinCohort extends ChoosePasswordPage {

    @Inject
    RegistrationService registrations;

    @Override
    void checkLink(String link) {
        registrations.checkInvitation(link);
    }

    @Override
    void choose(String link, char[] password) {
        registrations.joinCohort(link, password);
    }

    @Override
    String signInAddress() {
        return "/sign-in.xhtml?joined=done";
    }
}
