package uk.interimexchange.domain.model.placement;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.scoping.ScopingVersion;
import uk.interimexchange.domain.model.scoping.WorkingArrangements;
import uk.interimexchange.domain.model.shared.Funding;

/** The terms a coordinator proposes a placement on. */
public record PlacementTerms(LocalDate startDate, LocalDate endDate, BigDecimal daysPerWeek, Set<DayOfWeek> weekdays,
        Funding funding, String hostContact) {

    /** Two weeks is the least notice that leaves time for the four sign-offs and the stakeholder briefings. */
    static final int WEEKS_OF_NOTICE = 2;

    /**
     * The terms proposed when an offer is accepted, taken from the agreed scope's working arrangements and
     * the need: the first on-site weekday that is both on or after the earliest start and two weeks away,
     * for the expected number of weeks.
     */
    public static PlacementTerms proposedFor(Need need, ScopingVersion agreedScope, LocalDate today) {
        WorkingArrangements arrangements = agreedScope.getWorkingArrangements();
        DayOfWeek weekday = arrangements != null && arrangements.getWeekday() != null ? arrangements.getWeekday() : DayOfWeek.TUESDAY;
        BigDecimal days = arrangements != null && arrangements.getDaysPerWeek() != null
                ? arrangements.getDaysPerWeek() : need.getDaysPerWeek();
        String contact = arrangements != null && arrangements.getHostContact() != null
                ? arrangements.getHostContact() : need.getSponsor().getFullName();
        LocalDate notBefore = today.plusWeeks(WEEKS_OF_NOTICE);
        LocalDate earliest = need.getEarliestStart().isAfter(notBefore) ? need.getEarliestStart() : notBefore;
        LocalDate start = earliest.with(TemporalAdjusters.nextOrSame(weekday));
        return new PlacementTerms(start, start.plusWeeks(need.getExpectedWeeks()), days, Set.of(weekday), need.getFunding(), contact);
    }
}
