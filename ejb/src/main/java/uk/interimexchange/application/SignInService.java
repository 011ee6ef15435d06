package uk.interimexchange.application;

/** Checks who is signing in, slows down guessing, and records every attempt in the audit trail. */
public interface SignInService {

    /** The outcome is the same for an unknown address and a wrong password, so neither can be told apart. */
    SignInOutcome signIn(String email, char[] password, String fromAddress);
}
