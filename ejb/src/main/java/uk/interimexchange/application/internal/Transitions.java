package uk.interimexchange.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import uk.interimexchange.application.ConcurrentChangeException;
import uk.interimexchange.domain.model.shared.BusinessRuleException;

/**
 * Saves a service's change inside the method, so a concurrent change is reported as one rather than as a failed
 * commit, and records it in the audit trail in the same transaction.
 */
@ApplicationScoped
class Transitions {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Saves the change to the {@code what} now, then records who moved which record from which state to which. */
    void record(String what, String entityType, Long entityId, String action, Enum<?> from, Enum<?> to, String comment) {
        save(what);
        audit.record(entityType, entityId, action, from, to, comment);
    }

    /** Saves a change made by someone without an account, named as the audit trail should show them. */
    void recordAs(String actor, String what, String entityType, Long entityId, String action, Enum<?> from, Enum<?> to,
            String comment) {
        save(what);
        audit.recordAs(actor, entityType, entityId, action, from, to, comment);
    }

    /** Records a change already written, such as a new record its repository has stored. */
    void recordSaved(String entityType, Long entityId, String action, Enum<?> from, Enum<?> to, String comment) {
        audit.record(entityType, entityId, action, from, to, comment);
    }

    /** Flushes now; another transaction having saved the same record first becomes a {@link ConcurrentChangeException}. */
    void save(String what) {
        try {
            em.flush();
        } catch (OptimisticLockException | LockTimeoutException e) {
            throw new ConcurrentChangeException(what);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw new ConcurrentChangeException(what);
            }
            if (outOfRange(e)) {
                throw new BusinessRuleException("Something entered is too long or outside what can be kept (a date or a number),"
                        + " so nothing was saved. Check what you entered and try again.");
            }
            throw e;
        }
    }

    /** The database refused a value itself (SQLSTATE class 22, data exception): what was entered, not our failure. */
    private static boolean outOfRange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }
}
