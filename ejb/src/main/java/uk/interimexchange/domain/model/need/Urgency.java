package uk.interimexchange.domain.model.need;

public enum Urgency {
    ROUTINE("Routine"),
    SOON("Soon"),
    URGENT("Urgent");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
