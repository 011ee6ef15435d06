package uk.interimexchange.interfaces.web.security;

import jakarta.enterprise.context.RequestScoped;
import uk.interimexchange.application.SignInOutcome;

/** The outcome of this request's sign-in attempt, so the form can say why it was refused. */
@RequestScoped
public class SignInAttempt {

    private SignInOutcome outcome;

    void record(SignInOutcome newOutcome) {
        this.outcome = newOutcome;
    }

    public SignInOutcome outcome() {
        return outcome;
    }
}
