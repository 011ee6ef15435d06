package uk.interimexchange.domain.model.associate;

public enum AssociateStatus {
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
