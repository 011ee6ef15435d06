package uk.interimexchange.domain.model.placement;

public enum PlacementParty {
    ASSOCIATE("Associate"),
    HOST_SPONSOR("Host sponsor"),
    LINE_MANAGER("Line manager (release)"),
    COORDINATOR("Coordinator");

    private final String label;

    PlacementParty(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
