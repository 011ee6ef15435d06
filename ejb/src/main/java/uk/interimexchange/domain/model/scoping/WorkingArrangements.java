package uk.interimexchange.domain.model.scoping;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import uk.interimexchange.domain.model.shared.Check;

/** When and where the associate works, who meets them, and what the first day holds. */
@Embeddable
public class WorkingArrangements {

    @Column(name = "wa_days_per_week", precision = 3, scale = 1)
    private BigDecimal daysPerWeek;

    @Enumerated(EnumType.STRING)
    @Column(name = "wa_weekday", length = 10)
    private DayOfWeek weekday;

    @Column(name = "wa_site", length = 200)
    private String site;

    @Column(name = "wa_host_contact", length = 200)
    private String hostContact;

    @Column(name = "wa_first_day_plan", length = 2000)
    private String firstDayPlan;

    protected WorkingArrangements() {
    }

    public WorkingArrangements(BigDecimal daysPerWeek, DayOfWeek weekday, String site, String hostContact, String firstDayPlan) {
        this.daysPerWeek = Check.daysAWeek(daysPerWeek, "The days a week");
        this.weekday = weekday;
        this.site = Check.optionalText(site, 200, "The site");
        this.hostContact = Check.text(hostContact, 200, "The host point of contact");
        this.firstDayPlan = Check.optionalText(firstDayPlan, 2000, "The first-day plan");
    }

    public BigDecimal getDaysPerWeek() {
        return daysPerWeek;
    }

    public DayOfWeek getWeekday() {
        return weekday;
    }

    /** The usual weekday in words, as pages and letters show it ("Tuesday"). */
    public String getWeekdayLabel() {
        return weekday == null ? null : weekday.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    public String getSite() {
        return site;
    }

    public String getHostContact() {
        return hostContact;
    }

    public String getFirstDayPlan() {
        return firstDayPlan;
    }

    @Override
    public String toString() {
        return daysPerWeek.toPlainString() + " days a week" + (weekday == null ? "" : " on " + weekday)
                + (site == null ? "" : " at " + site) + "; host contact " + hostContact
                + (firstDayPlan == null ? "" : "; first day: " + firstDayPlan);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingArrangements other && daysPerWeek.compareTo(other.daysPerWeek) == 0
                && weekday == other.weekday && Objects.equals(site, other.site)
                && Objects.equals(hostContact, other.hostContact) && Objects.equals(firstDayPlan, other.firstDayPlan);
    }

    @Override
    public int hashCode() {
        return Objects.hash(weekday, site, hostContact, firstDayPlan);
    }
}
