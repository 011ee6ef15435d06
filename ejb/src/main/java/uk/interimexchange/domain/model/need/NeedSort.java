package uk.interimexchange.domain.model.need;

/** The orders a list of needs can be shown in. */
public enum NeedSort {
    NEWEST("Newest first"),
    CLOSING_SOONEST("Closing soonest"),
    STARTING_SOONEST("Starting soonest");

    private final String label;

    NeedSort(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
