package uk.interimexchange.application;

/** What the person looking at an application's page may do there, worked out once by {@link ApplicationService#page}. */
public enum ApplicationStep {
    /** The applicant withdraws it while it is in progress. */
    WITHDRAW,
    /** The applicant accepts or declines the offer. */
    ANSWER_OFFER,
    /** A coordinator moves it through the pipeline (the form for shortlisting, interviews, offers and feedback). */
    STEER,
    /** A coordinator shortlists it. */
    SHORTLIST,
    /** A coordinator arranges (or moves) the interview. */
    ARRANGE_INTERVIEW,
    /** A coordinator offers the assignment. */
    OFFER,
    /** A coordinator tells the applicant it was unsuccessful, with feedback. */
    TURN_AWAY,
    /** A coordinator brings an applicant turned away only because another accepted back to the shortlist. */
    RESTORE
}
