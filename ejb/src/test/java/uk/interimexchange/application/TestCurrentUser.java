package uk.interimexchange.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

/** In the integration tests the caller is whoever the test says it is acting as. */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 10)
@ApplicationScoped
public class TestCurrentUser implements CurrentUser {

    private volatile Actor actor = Actor.system();

    public void actAs(Actor newActor) {
        this.actor = newActor;
    }

    @Override
    public Actor actor() {
        return actor;
    }
}
