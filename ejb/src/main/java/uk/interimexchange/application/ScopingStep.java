package uk.interimexchange.application;

/** What the person looking at a need's scoping document may do there, worked out once by {@link ScopingService#page}. */
public enum ScopingStep {
    /** Sign the issued version as the need's host sponsor. */
    SIGN_AS_HOST,
    /** Sign the issued version as a coordinator. */
    SIGN_AS_COORDINATOR,
    /** Start a change to the agreed scope (no draft is open, and the need is being scoped or recruited for). */
    PROPOSE_CHANGE,
    /** Go on to publish the need, now its scope is agreed. */
    PUBLISH
}
