package uk.interimexchange.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.concurrent.atomic.AtomicReference;
import uk.interimexchange.application.CalendarService;
import uk.interimexchange.interfaces.web.PageSteps;

/** A coordinator's interview calendar on their account page: a new secret address to subscribe to, shown once. */
@Named
@RequestScoped
public class InterviewCalendar {

    @Inject
    CalendarService calendars;

    @Inject
    PageSteps steps;

    private Boolean offered;

    public boolean isOffered() {
        if (offered == null) {
            offered = calendars.offersInterviewFeed();
        }
        return offered;
    }

    public void newAddress() {
        AtomicReference<String> address = new AtomicReference<>();
        steps.take("account", null, () -> {
            address.set(calendars.newInterviewFeed());
            return "/account/";
        }, () -> "Your new interview calendar address is " + address.get() + " . Copy it into your calendar application now:"
                + " it is not shown again. Any address you had before has stopped working.");
    }
}
