package uk.interimexchange.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import uk.interimexchange.application.Actor;
import uk.interimexchange.application.RetentionService;
import uk.interimexchange.application.Roles;
import java.time.Clock;
import uk.interimexchange.application.port.PersonalDataRemoval;
import uk.interimexchange.domain.model.account.AccountStatus;
import uk.interimexchange.domain.model.account.UserAccountRepository;

/** The transactions of the retention run (see {@link DefaultRetentionService}); the application's own, never a person's. */
@Stateless
@RolesAllowed(Roles.SYSTEM)
public class RetentionSteps {

    /** What the audit trail says instead of the address of an account removed. */
    static final String REMOVED = "a person who never confirmed their email address";

    @Inject
    UserAccountRepository accounts;

    @Inject
    PersonalDataRemoval removal;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** Removes the account if it is still unconfirmed: false when it was confirmed or removed meanwhile. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean removeNeverConfirmed(long accountId) {
        return accounts.find(accountId).filter(a -> a.getStatus() == AccountStatus.PENDING_VERIFICATION).map(account -> {
            removal.removeNeverConfirmed(account, REMOVED);
            audit.recordAs(Actor.SYSTEM_NAME, DefaultSignInService.ENTITY, accountId, "removed: email address never confirmed within "
                    + RetentionService.NEVER_CONFIRMED_DAYS + " days", null, null, "Its personal data was removed with it");
            return true;
        }).orElse(false);
    }

    /** Takes the personal detail out of a closed placement kept {@code months} months: false if another node did it first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean removeClosedPlacementDetail(long placementId, int months) {
        boolean done = removal.removeClosedPlacementDetail(placementId, clock.instant());
        if (done) {
            audit.recordAs(Actor.SYSTEM_NAME, DefaultPlacementService.ENTITY, placementId, "personal detail removed", null, null,
                    "Kept " + months + " months after the placement closed; its dates, days, outcomes and ratings remain");
        }
        return done;
    }
}
