package uk.interimexchange.domain.model.shared;

import java.math.BigDecimal;

/** Days as people write them, the same on every page and in every email: "2", "2.5", "1 day a week", "2 days a week". */
public final class Days {

    private Days() {
    }

    /** "2" for 2.0, "2.5" for 2.50; empty for none. */
    public static String number(BigDecimal days) {
        return days == null ? "" : days.stripTrailingZeros().toPlainString();
    }

    /** "1 day a week", "2.5 days a week"; empty for none. */
    public static String aWeek(BigDecimal days) {
        if (days == null) {
            return "";
        }
        return number(days) + (days.compareTo(BigDecimal.ONE) == 0 ? " day" : " days") + " a week";
    }
}
