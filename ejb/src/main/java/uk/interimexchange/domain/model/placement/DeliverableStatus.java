package uk.interimexchange.domain.model.placement;

public enum DeliverableStatus {
    NOT_STARTED("Not started"),
    ON_TRACK("On track"),
    AT_RISK("At risk"),
    DONE("Done");

    private final String label;

    DeliverableStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
