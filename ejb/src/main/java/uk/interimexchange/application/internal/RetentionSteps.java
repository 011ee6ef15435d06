package uk.interimexchange.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import uk.interimexchange.application.Actor;
import uk.interimexchange.application.RetentionService;
import uk.interimexchange.application.Roles;
import uk.interimexchange.application.port.AccountRemoval;
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
    AccountRemoval removal;

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
}
