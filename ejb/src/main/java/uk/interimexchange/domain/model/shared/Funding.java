package uk.interimexchange.domain.model.shared;

public enum Funding {
    NO_CHARGE("No charge"),
    BACKFILL_RECHARGE("Backfill recharge"),
    FEE("Fee");

    private final String label;

    Funding(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
