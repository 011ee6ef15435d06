package uk.interimexchange.domain.model.account;

public enum AccountStatus {
    /** Registered, email address not yet verified. */
    PENDING_VERIFICATION,
    /** A host contact waiting for a coordinator or admin to approve them against their organisation. */
    PENDING_APPROVAL,
    ACTIVE,
    /** Closed: a host contact who could not be confirmed. */
    DISABLED,
    /** Someone who has left: they cannot sign in, and their records keep their meaning. */
    DEACTIVATED,
    /** Erased at the person's request: nothing personal is left and it cannot be undone; what they did reads "a former …". */
    ERASED
}
