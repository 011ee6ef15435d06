package uk.interimexchange.domain.model.need;

public enum NeedState {
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    SCOPING("Scoping"),
    OPEN("Open for applications"),
    SHORTLISTING("Shortlisting"),
    FILLED("Filled"),
    CLOSED("Closed"),
    CANCELLED("Cancelled");

    private final String label;

    NeedState(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** Cancelling is allowed from any state before FILLED. */
    public boolean isCancellable() {
        return ordinal() < FILLED.ordinal();
    }
}
