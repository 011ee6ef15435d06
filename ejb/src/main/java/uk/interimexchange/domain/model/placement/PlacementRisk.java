package uk.interimexchange.domain.model.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a coordinator means by a placement at risk, worked out from the facts a placement keeps (so a whole
 * placement or a row of a list says the same): not started though its start date has passed; a check-in overdue;
 * a deliverable at risk at the latest check-in; ending within 14 days, or past its end, with no close-out planned;
 * days worked less than half the days due. {@code PlacementRepository} finds the same placements in the database.
 */
public record PlacementRisk(PlacementState state, LocalDate startDate, LocalDate endDate, BigDecimal daysPerWeek,
                            LocalDate checkInDueOn, boolean deliverableAtRisk, LocalDate closeOutPlannedOn, LocalDate behindFrom,
                            BigDecimal daysWorked) {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** Each risk in words, with its date; empty when the placement is not at risk. */
    public List<String> on(LocalDate today) {
        List<String> risks = new ArrayList<>();
        if ((state == PlacementState.PROPOSED || state == PlacementState.AGREED) && startDate.isBefore(today)) {
            risks.add("Not started, though it was due to start on " + UK_DATE.format(startDate));
        }
        if (state != PlacementState.ACTIVE) {
            return risks;
        }
        if (checkInDueOn != null && checkInDueOn.isBefore(today)) {
            risks.add("Check-in overdue since " + UK_DATE.format(checkInDueOn));
        }
        if (deliverableAtRisk) {
            risks.add("A deliverable is at risk at the latest check-in");
        }
        if (!endDate.isAfter(today.plusDays(Placement.ENDING_WITHIN_DAYS)) && (closeOutPlannedOn == null || closeOutPlannedOn.isBefore(today))) {
            risks.add((endDate.isBefore(today) ? "Ended on " : "Ends on ") + UK_DATE.format(endDate) + " with no close-out planned");
        }
        if (behindFrom != null && !behindFrom.isAfter(today)) {
            risks.add("Days worked far behind: " + plain(daysWorked) + " of the " + plain(daysDueBy(today)) + " due by now");
        }
        return risks;
    }

    /** The days due by {@code today}: days a week for each whole week since the start, up to the end. */
    public BigDecimal daysDueBy(LocalDate today) {
        LocalDate until = today.isAfter(endDate) ? endDate : today;
        long weeks = Math.max(0, ChronoUnit.DAYS.between(startDate, until) / 7);
        return daysPerWeek.multiply(BigDecimal.valueOf(weeks));
    }

    private static String plain(BigDecimal days) {
        return days == null ? "0" : days.stripTrailingZeros().toPlainString();
    }
}
