package uk.interimexchange.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.interimexchange.domain.model.need.NeedCount;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.organisation.Region;

class ProgrammeDashboardTest {

    @Test
    void theMedianIsTheMiddleValueOrHalfwayBetweenTheMiddleTwo() {
        assertNull(ProgrammeDashboard.median(List.of()), "no need filled yet: no median, not zero");
        assertEquals(7.0, ProgrammeDashboard.median(List.of(30L, 7L, 2L)));
        assertEquals(18.5, ProgrammeDashboard.median(List.of(40L, 2L, 30L, 7L)));
    }

    @Test
    void quartersRunJanuaryAprilJulyAndOctober() {
        assertEquals(LocalDate.of(2026, 10, 1), ProgrammeDashboard.quarterStarting(LocalDate.of(2026, 11, 23)));
        assertEquals(LocalDate.of(2027, 1, 1), ProgrammeDashboard.quarterStarting(LocalDate.of(2027, 3, 31)));
        assertEquals(LocalDate.of(2027, 4, 1), ProgrammeDashboard.quarterStarting(LocalDate.of(2027, 4, 1)));
    }

    @Test
    void everyStateIsChartedAndOnlyRegionsWithNeedsAreListed() {
        ProgrammeDashboard dashboard = new ProgrammeDashboard(List.of(
                new NeedCount(Region.LONDON, NeedState.OPEN, 3), new NeedCount(Region.LONDON, NeedState.DRAFT, 1),
                new NeedCount(Region.MIDLANDS, NeedState.OPEN, 2)), null, 0, 0, LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 31), BigDecimal.ZERO);

        assertEquals(NeedState.values().length, dashboard.needsByState().size());
        assertEquals(new ProgrammeDashboard.Bar("Open for applications", 5), dashboard.needsByState().get(NeedState.OPEN.ordinal()));
        assertEquals(new ProgrammeDashboard.Bar("Filled", 0), dashboard.needsByState().get(NeedState.FILLED.ordinal()));

        List<ProgrammeDashboard.RegionRow> regions = dashboard.needsByRegion();
        assertEquals(List.of(Region.MIDLANDS, Region.LONDON), regions.stream().map(ProgrammeDashboard.RegionRow::region).toList(),
                "in the order of the regions, none without needs");
        assertEquals(4, regions.get(1).total());
        assertEquals(3L, regions.get(1).byState().get(NeedState.OPEN.ordinal()));
    }
}
