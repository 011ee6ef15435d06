package uk.interimexchange.domain.model.associate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import uk.interimexchange.domain.model.shared.Check;

/** A period an associate can give, and how many days a week (0.5 to 5) within it. */
@Embeddable
public class AvailabilityWindow {

    @Column(name = "available_from", nullable = false)
    private LocalDate from;

    @Column(name = "available_to", nullable = false)
    private LocalDate to;

    @Column(name = "days_per_week", nullable = false, precision = 3, scale = 1)
    private BigDecimal daysPerWeek;

    protected AvailabilityWindow() {
    }

    public AvailabilityWindow(LocalDate from, LocalDate to, BigDecimal daysPerWeek) {
        this.from = Check.required(from, "The start of the availability");
        this.to = Check.required(to, "The end of the availability");
        Check.notAfter(from, to, "Availability must end on or after the day it starts.");
        this.daysPerWeek = Check.daysAWeek(daysPerWeek, "Availability");
    }

    /** Whether the window overlaps the period [start, end] at all. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return !from.isAfter(end) && !to.isBefore(start);
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public BigDecimal getDaysPerWeek() {
        return daysPerWeek;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AvailabilityWindow other && from.equals(other.from) && to.equals(other.to)
                && daysPerWeek.compareTo(other.daysPerWeek) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, daysPerWeek.stripTrailingZeros());
    }
}
