package uk.interimexchange.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import uk.interimexchange.domain.model.shared.Quarter;

/**
 * What the programme did in one quarter, region by region and for England, for the commissioners who fund it: needs
 * received and filled, how long filling took, days lent (as checked in), the objectives of placements closed, the
 * feedback both sides gave, and the cost avoided had each day lent been bought from an interim consultancy.
 *
 * @param later   the quarter after, when it has begun (null while this is the current quarter)
 * @param dayRate the interim-consultancy day rate the cost avoided is estimated at (a setting)
 * @param regions every region, in the order of the NHS England regions, including those with nothing to report
 * @param england all regions together
 */
public record CommissionersReport(Quarter quarter, Quarter later, BigDecimal dayRate, List<Figures> regions, Figures england) {

    public CommissionersReport {
        regions = List.copyOf(regions);
    }

    /**
     * One row of the report.
     *
     * @param medianDaysToFill whole days from submission to filled, the median over the needs filled; null when none was
     * @param hostScore        the mean of the hosts' ratings (1 to 5) of placements closed; null when none was given
     * @param associateScore   the same, of the associates' ratings
     */
    public record Figures(String area, long received, long filled, Double medianDaysToFill, BigDecimal daysLent, long achieved,
            long partlyAchieved, long notAchieved, Double hostScore, Double associateScore, int ratings, BigDecimal costAvoided) {

        /** Objectives of placements closed this quarter, whatever their outcome. */
        public long objectives() {
            return achieved + partlyAchieved + notAchieved;
        }

        /** The figures as the page, the PDF and the table all write them. */
        public String medianText() {
            return medianDaysToFill == null ? NONE : decimal(medianDaysToFill);
        }

        public String daysLentText() {
            return daysLent.stripTrailingZeros().toPlainString();
        }

        public String hostScoreText() {
            return hostScore == null ? NONE : decimal(hostScore);
        }

        public String associateScoreText() {
            return associateScore == null ? NONE : decimal(associateScore);
        }

        public String costAvoidedText() {
            return pounds(costAvoided);
        }
    }

    /** What is written where there is nothing to take a median or a mean of. */
    public static final String NONE = "–";

    /** "£12,750" (whole pounds). */
    public static String pounds(BigDecimal amount) {
        return "£" + NumberFormat.getIntegerInstance(Locale.UK).format(amount.setScale(0, RoundingMode.HALF_UP));
    }

    /** "12", "4.5": one decimal place at most. */
    private static String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** The day rate as written: "£850". */
    public String dayRateText() {
        return pounds(dayRate);
    }

    /** The most days any region lent, the scale of the chart of days lent (at least 1). */
    public BigDecimal mostDaysLent() {
        return regions.stream().map(Figures::daysLent).reduce(BigDecimal.ONE, BigDecimal::max);
    }

    /** The most needs any region received, the scale of the chart of needs (at least 1). */
    public long mostReceived() {
        return Math.max(1, regions.stream().mapToLong(Figures::received).max().orElse(0));
    }
}
