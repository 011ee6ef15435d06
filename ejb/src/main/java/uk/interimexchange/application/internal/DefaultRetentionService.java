package uk.interimexchange.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.interimexchange.application.RetentionService;
import uk.interimexchange.application.Roles;
import uk.interimexchange.domain.model.account.UserAccountRepository;

/** Each account is removed in a transaction of its own, so one another node removed a moment earlier costs nothing of the rest. */
@Stateless
public class DefaultRetentionService implements RetentionService {

    private static final Logger LOG = Logger.getLogger(DefaultRetentionService.class.getName());

    private static final int AT_ONCE = 500;

    @Inject
    UserAccountRepository accounts;

    @EJB
    RetentionSteps steps;

    @Inject
    Clock clock;

    @Override
    @RolesAllowed(Roles.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int removeNeverConfirmed() {
        int removed = 0;
        for (long id : accounts.neverConfirmedBefore(clock.instant().minus(Duration.ofDays(NEVER_CONFIRMED_DAYS)), AT_ONCE)) {
            try {
                if (steps.removeNeverConfirmed(id)) {
                    removed++;
                }
            } catch (EJBException failed) {
                LOG.log(Level.WARNING, "Could not remove the never-confirmed account " + id + "; the next run tries again", failed);
            }
        }
        return removed;
    }
}
