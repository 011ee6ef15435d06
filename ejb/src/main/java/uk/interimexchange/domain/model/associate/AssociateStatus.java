package uk.interimexchange.domain.model.associate;

public enum AssociateStatus {
    /** Registered but the profile is not complete yet; cannot apply. */
    DRAFT("Draft"),
    ACTIVE("Active"),
    PAUSED("Paused"),
    WITHDRAWN("Withdrawn");

    private final String label;

    AssociateStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
