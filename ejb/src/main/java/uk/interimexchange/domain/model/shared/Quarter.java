package uk.interimexchange.domain.model.shared;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter (January to March is the first), as programmes report to commissioners: written 2026-Q4. */
public record Quarter(int year, int number) {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        Check.that(number >= 1 && number <= 4, "A year has quarters 1 to 4, not " + number + ".");
        Check.that(year >= 2000 && year <= 2999, "Choose a quarter from the year 2000 on, not " + year + ".");
    }

    /** The quarter a day falls in. */
    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** A quarter as written, such as 2026-Q4; anything else is refused in plain words. */
    public static Quarter parse(String written) {
        Matcher quarter = WRITTEN.matcher(written == null || written.length() > 20 ? "" : written.strip()); // no long text is read
        Check.that(quarter.matches(), "Choose a quarter written as a year and its number, such as 2026-Q4.");
        return new Quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    /** "October to December 2026". */
    public String label() {
        return month(firstDay()) + " to " + month(lastDay()) + " " + year;
    }

    /** "2026-Q4", as it is written in addresses and file names. */
    @Override
    public String toString() {
        return year + "-Q" + number;
    }

    private static String month(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
    }
}
