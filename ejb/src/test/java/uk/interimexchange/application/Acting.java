package uk.interimexchange.application;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import uk.interimexchange.domain.model.account.Role;

/**
 * Calls services as a given person: the container sees the person's role (so {@code @RolesAllowed} is enforced
 * for real) and the services see the person (through {@link TestCurrentUser}).
 */
@ApplicationScoped
public class Acting {

    @Inject
    TestCurrentUser currentUser;

    @EJB
    AsAssociate asAssociate;

    @EJB
    AsHost asHost;

    @EJB
    AsCoordinator asCoordinator;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsSystem asSystem;

    /** A piece of test code that returns nothing. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    public <T> T as(Actor actor, Callable<T> work) {
        currentUser.actAs(actor);
        try {
            return dispatch(actor, work);
        } catch (EJBException e) {
            // A refusal by the container inside the run-as bean arrives wrapped, and local views refuse with
            // AccessLocalException: the test sees every refusal as one EJBAccessException.
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof AccessLocalException || cause instanceof EJBAccessException
                    || e instanceof AccessLocalException || e instanceof EJBAccessException) {
                throw new EJBAccessException(cause.getMessage());
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public void as(Actor actor, Work work) {
        as(actor, () -> {
            work.run();
            return null;
        });
    }

    private <T> T dispatch(Actor actor, Callable<T> work) throws Exception {
        if (actor.isSystem()) {
            return asSystem.call(work);
        }
        if (actor.has(Role.COORDINATOR)) {
            return asCoordinator.call(work);
        }
        if (actor.has(Role.HOST)) {
            return asHost.call(work);
        }
        if (actor.has(Role.ASSOCIATE)) {
            return asAssociate.call(work);
        }
        if (actor.has(Role.ADMIN)) {
            return asAdmin.call(work);
        }
        return work.call(); // anonymous: no role at all
    }
}
