package uk.interimexchange.domain.model.need;

public enum Importance {
    ESSENTIAL("Essential"),
    DESIRABLE("Desirable");

    private final String label;

    Importance(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
