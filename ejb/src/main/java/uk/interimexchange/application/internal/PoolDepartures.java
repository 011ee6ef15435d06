package uk.interimexchange.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import uk.interimexchange.domain.model.application.Application;
import uk.interimexchange.domain.model.application.ApplicationRepository;
import uk.interimexchange.domain.model.application.ApplicationState;
import uk.interimexchange.domain.model.associate.Associate;
import uk.interimexchange.domain.model.associate.AssociateStatus;

/**
 * An associate leaving the talent pool for good, whether they withdraw themselves or their account is closed: every
 * application in progress is withdrawn with the reason, and those it concerns are told.
 */
@ApplicationScoped
class PoolDepartures {

    @Inject
    ApplicationRepository applications;

    @Inject
    Transitions transitions;

    @Inject
    Notifier notifier;

    @Inject
    Invitations invitations;

    @Inject
    Clock clock;

    void withdraw(Associate associate, String why) {
        AssociateStatus from = associate.getStatus();
        for (Application application : applications.liveForAssociate(associate.getId())) {
            ApplicationState was = application.getState();
            application.withdraw(why, clock.instant());
            transitions.recordSaved(DefaultApplicationService.ENTITY, application.getId(), "withdrawn", was, application.getState(), why);
            notifier.aboutApplication(application, "withdrawn (" + why.toLowerCase() + ")");
            invitations.interviewCalledOff(application, "the application was withdrawn (" + why.toLowerCase() + ")");
        }
        associate.withdraw();
        transitions.record("profile", DefaultAssociateService.ENTITY, associate.getId(), "withdrawn", from, associate.getStatus(), why);
        notifier.aboutProfile(associate, "withdrawn from the talent pool");
    }
}
