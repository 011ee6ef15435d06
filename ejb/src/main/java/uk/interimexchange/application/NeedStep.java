package uk.interimexchange.application;

/** What the person looking at a need's page may do there, worked out once by {@link NeedService#page}. */
public enum NeedStep {
    /** Follow the need as the host or the programme: its sponsor, notes, reasons, applicants and history. */
    FOLLOW,
    /** See every applicant and download the list (the programme); a host sees the shortlist on. */
    SEE_ALL_APPLICANTS,
    /** Change the need's details. */
    EDIT,
    /** Finish writing a draft that still lacks what the programme needs to see. */
    FINISH_WRITING,
    /** Send the finished draft to the programme team. */
    SUBMIT,
    /** Take it into scoping, or send it back to its host as a draft. */
    TRIAGE,
    /** Publish it on the agreed scope, for associates to apply. */
    PUBLISH,
    /** Cancel it, with a reason. */
    CANCEL,
    /** See everyone eligible, ranked with reasons. */
    SEE_CANDIDATES,
    /** Open the scoping document. */
    SEE_SCOPE,
    /** Write and sign the scoping document (while it is being scoped). */
    WRITE_SCOPE,
    /** Apply for it. */
    APPLY
}
