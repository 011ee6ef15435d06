package uk.interimexchange.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    @Test
    void weekendsAreNotWorkingDays() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        assertEquals(LocalDate.of(2026, 11, 26), WorkingCalendar.plusWorkingDays(monday, 3));
        LocalDate thursday = LocalDate.of(2026, 11, 26);
        assertEquals(LocalDate.of(2026, 12, 1), WorkingCalendar.plusWorkingDays(thursday, 3), "Friday, Monday, Tuesday");
        LocalDate saturday = LocalDate.of(2026, 11, 28);
        assertEquals(LocalDate.of(2026, 12, 2), WorkingCalendar.plusWorkingDays(saturday, 3));
        assertEquals(monday, WorkingCalendar.plusWorkingDays(monday, 0));
    }
}
