package uk.interimexchange.domain.model.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/** Guards shared by the aggregates, so each rule says the same thing wherever it applies. */
public final class Check {

    public static final BigDecimal MIN_DAYS_A_WEEK = new BigDecimal("0.5");
    public static final BigDecimal MAX_DAYS_A_WEEK = new BigDecimal("5");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Check() {
    }

    public static void that(boolean condition, String message) {
        if (!condition) {
            throw new BusinessRuleException(message);
        }
    }

    public static <T> T required(T value, String what) {
        if (value == null) {
            throw new BusinessRuleException(what + " is required.");
        }
        return value;
    }

    /** Trimmed text that must be present and no longer than {@code max} characters. */
    public static String text(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleException(what + " is required.");
        }
        return optionalText(value, max, what);
    }

    /** Trimmed text that may be absent (stored as null) and is no longer than {@code max} characters. */
    public static String optionalText(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new BusinessRuleException(what + " must be " + max + " characters or fewer.");
        }
        if (trimmed.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            // control characters are never typed; PostgreSQL cannot even store the null character
            throw new BusinessRuleException(what + " contains a character that cannot be kept: type it again without it.");
        }
        return trimmed;
    }

    /** An email address, trimmed and in lower case; {@code what} names it in the refusal. */
    public static String email(String value, String what) {
        required(value, what);
        String normalised = value.strip().toLowerCase(Locale.ROOT);
        that(normalised.length() <= 254 && EMAIL.matcher(normalised).matches(),
                "Enter " + what.toLowerCase(Locale.ROOT) + " in the correct format, like name@nhs.net.");
        return normalised;
    }

    /** An email address that may be left out (null). */
    public static String optionalEmail(String value, String what) {
        return value == null || value.isBlank() ? null : email(value, what);
    }

    public static BigDecimal daysAWeek(BigDecimal days, String what) {
        required(days, what);
        that(days.compareTo(MIN_DAYS_A_WEEK) >= 0 && days.compareTo(MAX_DAYS_A_WEEK) <= 0,
                what + " must be between 0.5 and 5 days a week.");
        that(days.remainder(MIN_DAYS_A_WEEK).signum() == 0, what + " must be in half days (for example 1 or 1.5).");
        return days.stripTrailingZeros().scale() < 0 ? days.setScale(0) : days.stripTrailingZeros();
    }

    public static void notAfter(LocalDate from, LocalDate to, String message) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BusinessRuleException(message);
        }
    }

    public static void notEmpty(Collection<?> values, String message) {
        if (values == null || values.isEmpty()) {
            throw new BusinessRuleException(message);
        }
    }
}
