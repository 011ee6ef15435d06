package uk.interimexchange.interfaces.web.associate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.LongConsumer;
import uk.interimexchange.application.AssociateService;
import uk.interimexchange.domain.model.associate.Associate;
import uk.interimexchange.interfaces.web.PageSteps;

/**
 * An associate's own place in the talent pool, on their profile page: pause it for a while, make it active again, or
 * withdraw for good. What is offered is what the profile's own rules allow now.
 */
@Named
@RequestScoped
public class PoolMembership {

    @Inject
    AssociateService associates;

    @Inject
    ProfilePage page;

    @Inject
    PageSteps steps;

    private Associate associate;

    @PostConstruct
    void load() {
        associate = page.getProfile();
    }

    public void pause() {
        act(associates::pause, "Your profile is paused: you are not matched or invited until you make it active again.");
    }

    public void resume() {
        act(associates::resume, "Your profile is active again: coordinators can match you to needs.");
    }

    public void withdraw() {
        act(associates::withdraw, "You have left the talent pool. Any applications in progress were withdrawn.");
    }

    private void act(LongConsumer step, String done) {
        steps.take("profile", "membership:withdraw", () -> {
            step.accept(associate.getId());
            return "/account/profile.xhtml";
        }, done);
    }

    public Associate getAssociate() {
        return associate;
    }
}
