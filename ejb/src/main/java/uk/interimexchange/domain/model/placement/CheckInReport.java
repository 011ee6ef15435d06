package uk.interimexchange.domain.model.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What either side reports at a check-in. */
public record CheckInReport(LocalDate date, BigDecimal daysWorked, List<DeliverableProgress> progress, String issues,
        String notes) {

    public CheckInReport {
        progress = progress == null ? List.of() : List.copyOf(progress);
    }
}
