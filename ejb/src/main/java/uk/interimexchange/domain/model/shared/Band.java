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

    /** A band as people write it in a spreadsheet: "8a", "Band 8a", "BAND_8A", "VSM" or "Very senior manager"; empty if none. */
    public static java.util.Optional<Band> parse(String written) {
        if (written == null) {
            return java.util.Optional.empty();
        }
        String plain = written.strip().toLowerCase(java.util.Locale.ROOT).replace('_', ' ').replaceFirst("^band\\s*", "");
        for (Band band : values()) {
            String short_ = band.label.toLowerCase(java.util.Locale.ROOT).replaceFirst("^band ", "");
            if (plain.equals(short_) || (band == VSM && plain.equals("vsm"))) {
                return java.util.Optional.of(band);
            }
        }
        return java.util.Optional.empty();
    }

    public boolean atLeast(Band minimum) {
        return minimum == null || compareTo(minimum) >= 0;
    }
}
