package uk.interimexchange.domain.model.account;

/** The roles of the spec; one account may hold several. The names are the security role names. */
public enum Role {
    ASSOCIATE("Associate"),
    HOST("Host contact"),
    COORDINATOR("Programme coordinator"),
    ADMIN("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
