package uk.interimexchange.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a line manager is asked to release their member of staff for, as shown on the page their link opens: the
 * placement, or an extension of it to {@code extendedTo}.
 *
 * @param extendedTo the new end date an extension asks for; null when the link is for the placement itself
 */
public record ReleaseRequest(String lineManagerName, String associateName, String assignment, String hostOrganisation,
        LocalDate startDate, LocalDate endDate, BigDecimal daysPerWeek, String weekdays, String funding,
        Instant linkExpiresAt, LocalDate extendedTo) {

    public boolean isExtension() {
        return extendedTo != null;
    }
}
