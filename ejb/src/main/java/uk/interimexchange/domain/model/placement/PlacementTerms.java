package uk.interimexchange.domain.model.placement;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import uk.interimexchange.domain.model.shared.Funding;

/** The terms a coordinator proposes a placement on. */
public record PlacementTerms(LocalDate startDate, LocalDate endDate, BigDecimal daysPerWeek, Set<DayOfWeek> weekdays,
        Funding funding, String hostContact) {
}
