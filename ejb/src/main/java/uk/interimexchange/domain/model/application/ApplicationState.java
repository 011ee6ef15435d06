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

    /** Still in play: not yet accepted, declined, unsuccessful or withdrawn. */
    public boolean isLive() {
        return ordinal() <= OFFERED.ordinal();
    }
}
