package uk.interimexchange.domain.model.application;

public enum ApplicationState {
    INVITED("Invited to apply"),
    SUBMITTED("Submitted"),
    SHORTLISTED("Shortlisted"),
    INTERVIEW("Interview arranged"),
    OFFERED("Offered"),
    ACCEPTED("Accepted"),
    DECLINED("Declined"),
    UNSUCCESSFUL("Unsuccessful"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ApplicationState(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** What a host contact sees of the applicants to their need: those a coordinator has shortlisted, and on from there. */
    public static final java.util.Set<ApplicationState> SHOWN_TO_HOST = java.util.EnumSet.of(SHORTLISTED, INTERVIEW, OFFERED, ACCEPTED, DECLINED);

    public boolean isShownToHost() {
        return SHOWN_TO_HOST.contains(this);
    }

    /** Still in play: not yet accepted, declined, unsuccessful or withdrawn. */
    public boolean isLive() {
        return ordinal() <= OFFERED.ordinal();
    }
}
