package uk.interimexchange.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.interimexchange.domain.model.need.NeedCount;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.shared.Quarter;

/**
 * The programme at a glance, for coordinators: needs by state and by region, how long needs take to fill, active
 * placements, and the days lent to hosts this quarter.
 *
 * @param counts              needs in each region and state
 * @param medianDaysToFill    median whole days from submission to filled; null while no need has been filled
 * @param filledNeeds         how many needs the median is taken over
 * @param quarterStart        the first day of this quarter
 * @param quarterEnd          its last day
 * @param daysLentThisQuarter days worked at hosts this quarter, as checked in
 */
public record ProgrammeDashboard(List<NeedCount> counts, Double medianDaysToFill, int filledNeeds, long activePlacements,
                                 LocalDate quarterStart, LocalDate quarterEnd, BigDecimal daysLentThisQuarter) {

    public ProgrammeDashboard {
        counts = List.copyOf(counts);
    }

    /** One line of a chart: a label and its number. */
    public record Bar(String label, long count) {
    }

    /** One row of needs by region: how many in each state, in the order of {@link NeedState}. */
    public record RegionRow(Region region, List<Long> byState, long total) {
    }

    /** Every state, in order, with how many needs are in it (zero included, so the chart shows every state). */
    public List<Bar> needsByState() {
        Map<NeedState, Long> totals = new EnumMap<>(NeedState.class);
        counts.forEach(c -> totals.merge(c.state(), c.count(), Long::sum));
        List<Bar> bars = new ArrayList<>();
        for (NeedState state : NeedState.values()) {
            bars.add(new Bar(state.getLabel(), totals.getOrDefault(state, 0L)));
        }
        return bars;
    }

    /** Every region with needs, in the order of {@link Region}, with its count in each state. */
    public List<RegionRow> needsByRegion() {
        List<RegionRow> rows = new ArrayList<>();
        for (Region region : Region.values()) {
            List<Long> byState = new ArrayList<>();
            for (NeedState state : NeedState.values()) {
                byState.add(counts.stream().filter(c -> c.region() == region && c.state() == state).mapToLong(NeedCount::count).sum());
            }
            long total = byState.stream().mapToLong(Long::longValue).sum();
            if (total > 0) {
                rows.add(new RegionRow(region, byState, total));
            }
        }
        return rows;
    }

    /** The median of the values, halfway between the middle two of an even count; null for none. */
    public static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    /** The calendar quarter (January to March, and so on) that a day falls in: its first day. */
    public static LocalDate quarterStarting(LocalDate day) {
        return Quarter.of(day).firstDay();
    }
}
