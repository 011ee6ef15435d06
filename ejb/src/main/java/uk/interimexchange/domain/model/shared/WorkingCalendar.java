package uk.interimexchange.domain.model.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Monday to Friday working days. Bank holidays are not counted out: a reminder may come a day early around them. */
public final class WorkingCalendar {

    private WorkingCalendar() {
    }

    /** The date {@code days} working days after {@code from} (a Friday plus one working day is the Monday). */
    public static LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate date = from;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date;
    }
}
