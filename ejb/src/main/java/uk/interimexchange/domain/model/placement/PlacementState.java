package uk.interimexchange.domain.model.placement;

public enum PlacementState {
    PROPOSED("Proposed"),
    AGREED("Agreed"),
    ACTIVE("Active"),
    COMPLETED("Completed"),
    ENDED_EARLY("Ended early"),
    CANCELLED("Cancelled");

    private final String label;

    PlacementState(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
