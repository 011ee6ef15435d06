package uk.interimexchange.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.interimexchange.application.RetentionService;
import uk.interimexchange.application.Roles;
import uk.interimexchange.domain.model.account.UserAccountRepository;
import uk.interimexchange.domain.model.placement.PlacementRepository;
import uk.interimexchange.domain.model.shared.Check;

/** Each record is dealt with in a transaction of its own, so one another node did a moment earlier costs nothing of the rest. */
@Stateless
public class DefaultRetentionService implements RetentionService {

    private static final Logger LOG = Logger.getLogger(DefaultRetentionService.class.getName());

    private static final int AT_ONCE = 500;

    /** A longer period is no retention at all. */
    private static final int LONGEST_MONTHS = 1200;

    @Inject
    UserAccountRepository accounts;

    @Inject
    PlacementRepository placements;

    @EJB
    RetentionSteps steps;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "interim.retention.closed-placement-months", defaultValue = "" + CLOSED_PLACEMENT_MONTHS)
    int closedPlacementMonths;

    @Override
    @RolesAllowed(Roles.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int removeNeverConfirmed() {
        return each(accounts.neverConfirmedBefore(clock.instant().minus(Duration.ofDays(NEVER_CONFIRMED_DAYS)), AT_ONCE),
                steps::removeNeverConfirmed, "the never-confirmed account");
    }

    @Override
    @RolesAllowed(Roles.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int removeClosedPlacementDetail() {
        int months = closedPlacementMonths();
        ZonedDateTime cutoff = ZonedDateTime.now(clock).minusMonths(months); // the programme's clock is on UK time
        return each(placements.closedBeforeWithPersonalDetail(cutoff.toInstant(), AT_ONCE), id -> steps.removeClosedPlacementDetail(id, months),
                "the personal detail of closed placement");
    }

    @Override
    @PermitAll
    public int closedPlacementMonths() {
        Check.that(closedPlacementMonths >= 1 && closedPlacementMonths <= LONGEST_MONTHS, "A closed placement's personal detail is kept 1 to "
                + LONGEST_MONTHS + " months (INTERIM_RETENTION_CLOSED_PLACEMENT_MONTHS), not " + closedPlacementMonths + ".");
        return closedPlacementMonths;
    }

    private static int each(List<Long> ids, LongPredicate step, String what) {
        int done = 0;
        for (long id : ids) {
            try {
                if (step.test(id)) {
                    done++;
                }
            } catch (EJBException failed) {
                LOG.log(Level.WARNING, "Could not remove " + what + " " + id + "; the next run tries again", failed);
            }
        }
        return done;
    }
}
