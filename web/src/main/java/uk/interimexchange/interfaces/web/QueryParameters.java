package uk.interimexchange.interfaces.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import uk.interimexchange.interfaces.web.convert.DateInput;

/**
 * Reading a search from the address, the same way on every list page: a value the form could not have sent is
 * left out and named (in {@code unread}), so the page can say which, rather than failing.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** Parses {@code text} when given; null, with {@code what} added to {@code unread}, when it cannot be read. */
    public static <T> T read(String text, String what, List<String> unread, Function<String, T> parse) {
        if (blank(text)) {
            return null;
        }
        T value;
        try {
            value = parse.apply(text.strip());
        } catch (NumberFormatException | DateTimeParseException notReadable) {
            value = null;
        }
        if (value == null) {
            unread.add(what);
        }
        return value;
    }

    /** A day (yyyy-mm-dd) within the years a form could send ({@link DateInput}); anything else is named and left out. */
    public static LocalDate date(String text, String what, List<String> unread) {
        return read(text, what, unread, value -> {
            try {
                return DateInput.inRange(LocalDate.parse(value));
            } catch (IllegalArgumentException outOfRange) {
                return null;
            }
        });
    }

    /** One of an enum's constants by its name. */
    public static <E extends Enum<E>> E named(E[] values, String name, String what, List<String> unread) {
        return read(name, what, unread, text -> Arrays.stream(values).filter(v -> v.name().equals(text)).findFirst().orElse(null));
    }

    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A value for an address query, or nothing. */
    public static String encoded(Object value) {
        return value == null ? "" : URLEncoder.encode(value.toString(), StandardCharsets.UTF_8);
    }
}
