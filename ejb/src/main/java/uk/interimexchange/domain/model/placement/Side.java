package uk.interimexchange.domain.model.placement;

public enum Side {
    ASSOCIATE("Associate"),
    HOST("Host");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
