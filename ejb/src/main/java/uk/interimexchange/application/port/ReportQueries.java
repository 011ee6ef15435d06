package uk.interimexchange.application.port;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.placement.ObjectiveOutcome;

/**
 * The commissioners' report, counted in the database: one grouped statement for each figure, whatever the size of the
 * programme (only the fill times come back one a need, to take their median). Periods run from {@code from} up to,
 * not including, {@code to}; regions are those of the host organisations.
 */
public interface ReportQueries {

    /** Needs sent to the programme in the period. */
    List<Count> needsReceived(Instant from, Instant to);

    /** Each need filled in the period by a placement that went ahead: its region and whole days from submission. */
    List<Fill> needsFilled(Instant from, Instant to);

    /** Days worked at hosts, as checked in, on dates in the period (inclusive). */
    List<Days> daysLent(LocalDate first, LocalDate last);

    /** The outcomes of the objectives of placements closed out in the period. */
    List<Outcomes> objectiveOutcomes(Instant from, Instant to);

    /** The ratings both sides gave placements closed out (completed or ended early) in the period. */
    List<Ratings> ratings(Instant from, Instant to);

    record Count(Region region, long count) {
    }

    record Fill(Region region, long days) {
    }

    record Days(Region region, BigDecimal days) {
    }

    record Outcomes(Region region, ObjectiveOutcome outcome, long count) {
    }

    record Ratings(Region region, long hostTotal, long hostCount, long associateTotal, long associateCount) {
    }
}
