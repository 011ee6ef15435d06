package uk.interimexchange.domain.model.shared;

/** Agenda for Change bands for managers, lowest first, so ordinal order is seniority. */
public enum Band {
    BAND_7("Band 7"),
    BAND_8A("Band 8a"),
    BAND_8B("Band 8b"),
    BAND_8C("Band 8c"),
    BAND_8D("Band 8d"),
    BAND_9("Band 9"),
    VSM("Very senior manager");

    private final String label;

    Band(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public boolean atLeast(Band minimum) {
        return minimum == null || compareTo(minimum) >= 0;
    }
}
