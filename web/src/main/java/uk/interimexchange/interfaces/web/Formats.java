package uk.interimexchange.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import uk.interimexchange.domain.model.shared.Days;

/** Numbers as the pages write them, for use in any attribute: {@code #{formats.daysAWeek(need.daysPerWeek)}}. */
@Named
@ApplicationScoped
public class Formats {

    /** "1 day a week", "2.5 days a week". */
    public String daysAWeek(BigDecimal days) {
        return Days.aWeek(days);
    }

    /** "2" for 2.0, "2.5" for 2.50. */
    public String days(BigDecimal days) {
        return Days.number(days);
    }
}
