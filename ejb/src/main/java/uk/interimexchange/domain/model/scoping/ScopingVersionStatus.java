package uk.interimexchange.domain.model.scoping;

public enum ScopingVersionStatus {
    /** Being written; the only status in which content can change. */
    DRAFT("Draft"),
    /** Frozen and waiting for the host sponsor's and a coordinator's signatures. */
    ISSUED("Issued for sign-off"),
    AGREED("Agreed"),
    /** Replaced by a later agreed version. */
    SUPERSEDED("Superseded"),
    /** Issued, then replaced by a change request before it was agreed. */
    WITHDRAWN("Withdrawn");

    private final String label;

    ScopingVersionStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
