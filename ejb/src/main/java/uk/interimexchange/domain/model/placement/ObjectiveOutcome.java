package uk.interimexchange.domain.model.placement;

public enum ObjectiveOutcome {
    ACHIEVED("Achieved"),
    PARTLY_ACHIEVED("Partly achieved"),
    NOT_ACHIEVED("Not achieved");

    private final String label;

    ObjectiveOutcome(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
