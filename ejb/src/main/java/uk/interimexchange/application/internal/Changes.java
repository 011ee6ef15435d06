package uk.interimexchange.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import uk.interimexchange.application.ConcurrentChangeException;

/** Writes a service's changes inside the method, so a concurrent change is reported as one, not as a failed commit. */
@ApplicationScoped
class Changes {

    @PersistenceContext
    EntityManager em;

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
            throw e;
        }
    }
}
