package uk.interimexchange.interfaces.web.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.interimexchange.application.RetentionService;

/** The privacy notice says the retention periods the programme is configured with, not what they were once. */
@Named
@RequestScoped
public class PrivacyNotice {

    @Inject
    RetentionService retention;

    /** "6 years", "18 months", "1 month". */
    public String getClosedPlacementPeriod() {
        int months = retention.closedPlacementMonths();
        if (months % 12 == 0) {
            return months == 12 ? "1 year" : months / 12 + " years";
        }
        return months == 1 ? "1 month" : months + " months";
    }

    public int getNeverConfirmedDays() {
        return RetentionService.NEVER_CONFIRMED_DAYS;
    }
}
