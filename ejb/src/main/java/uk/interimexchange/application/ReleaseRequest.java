package uk.interimexchange.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** What a line manager is asked to release their member of staff for, as shown on the page their link opens. */
public record ReleaseRequest(String lineManagerName, String associateName, String assignment, String hostOrganisation,
        LocalDate startDate, LocalDate endDate, BigDecimal daysPerWeek, String weekdays, String funding,
        Instant linkExpiresAt) {
}
