package uk.interimexchange.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void aQuarterIsThreeCalendarMonthsWrittenAsItsYearAndNumber() {
        Quarter autumn = Quarter.of(LocalDate.of(2026, 11, 29));
        assertEquals(new Quarter(2026, 4), autumn);
        assertEquals("2026-Q4", autumn.toString());
        assertEquals("October to December 2026", autumn.label());
        assertEquals(LocalDate.of(2026, 10, 1), autumn.firstDay());
        assertEquals(LocalDate.of(2026, 12, 31), autumn.lastDay());
        assertEquals(new Quarter(2027, 1), autumn.next());
        assertEquals(new Quarter(2026, 3), autumn.previous());
        assertEquals(new Quarter(2025, 4), new Quarter(2026, 1).previous());
        assertEquals(autumn, Quarter.parse(" 2026-Q4 "));
    }

    @Test
    void anythingElseIsRefusedInPlainWords() {
        for (String written : new String[] {null, "", "2026-Q5", "2026-Q0", "2026Q4", "26-Q4", "2026-q4", "1999-Q4x", "x".repeat(100)}) {
            BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> Quarter.parse(written), String.valueOf(written));
            assertEquals("Choose a quarter written as a year and its number, such as 2026-Q4.", refused.getMessage());
        }
        assertEquals("Choose a quarter from the year 2000 on, not 1999.", assertThrows(BusinessRuleException.class,
                () -> Quarter.parse("1999-Q4")).getMessage());
    }
}
