package uk.interimexchange.domain.model.scoping;

/** Who signs a scoping version: both are needed for it to be agreed. */
public enum SignOffParty {
    HOST_SPONSOR("Host sponsor"),
    COORDINATOR("Coordinator");

    private final String label;

    SignOffParty(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
