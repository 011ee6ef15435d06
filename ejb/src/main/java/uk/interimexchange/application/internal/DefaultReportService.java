package uk.interimexchange.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.interimexchange.application.CommissionersReport;
import uk.interimexchange.application.CommissionersReport.Figures;
import uk.interimexchange.application.ProgrammeDashboard;
import uk.interimexchange.application.ReportService;
import uk.interimexchange.application.Roles;
import uk.interimexchange.application.port.PdfDocuments;
import uk.interimexchange.application.port.ReportQueries;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.placement.ObjectiveOutcome;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.shared.Check;
import uk.interimexchange.domain.model.shared.Quarter;

/** Five grouped statements, whatever the size of the programme, then arithmetic: each region, then England. */
@Stateless
public class DefaultReportService implements ReportService {

    @Inject
    ReportQueries queries;

    @Inject
    PdfDocuments pdfs;

    @Inject
    Clock clock;

    /** What a day of interim management consultancy would cost a host, in pounds (INTERIM_REPORT_DAY_RATE). */
    @Inject
    @ConfigProperty(name = "interim.report.day-rate", defaultValue = "850")
    BigDecimal dayRate;

    @Override
    @RolesAllowed(Roles.COORDINATOR)
    public CommissionersReport commissionersReport(Quarter chosen) {
        LocalDate today = LocalDate.now(clock);
        Quarter quarter = chosen == null ? Quarter.of(today) : chosen;
        if (quarter.firstDay().isAfter(today)) {
            throw new BusinessRuleException("The quarter " + quarter.label() + " has not started yet: choose this quarter or an earlier one.");
        }
        Check.that(dayRate.signum() > 0, "The consultancy day rate (INTERIM_REPORT_DAY_RATE) must be more than nothing.");
        var from = quarter.firstDay().atStartOfDay(clock.getZone()).toInstant();
        var to = quarter.next().firstDay().atStartOfDay(clock.getZone()).toInstant();
        List<ReportQueries.Count> received = queries.needsReceived(from, to);
        List<ReportQueries.Fill> filled = queries.needsFilled(from, to);
        List<ReportQueries.Days> lent = queries.daysLent(quarter.firstDay(), quarter.lastDay());
        List<ReportQueries.Outcomes> outcomes = queries.objectiveOutcomes(from, to);
        List<ReportQueries.Ratings> ratings = queries.ratings(from, to);

        List<Figures> regions = new ArrayList<>();
        for (Region region : Region.values()) {
            regions.add(figures(region.getLabel(), r -> r == region, received, filled, lent, outcomes, ratings));
        }
        Quarter later = quarter.next().firstDay().isAfter(today) ? null : quarter.next();
        return new CommissionersReport(quarter, later, dayRate, regions, figures("England", r -> true, received, filled, lent, outcomes, ratings));
    }

    @Override
    @RolesAllowed(Roles.COORDINATOR)
    public byte[] commissionersReportPdf(Quarter quarter) {
        return pdfs.commissionersReport(commissionersReport(quarter), clock.instant());
    }

    private Figures figures(String area, Predicate<Region> in, List<ReportQueries.Count> received, List<ReportQueries.Fill> filled,
            List<ReportQueries.Days> lent, List<ReportQueries.Outcomes> outcomes, List<ReportQueries.Ratings> ratings) {
        List<Long> fillDays = filled.stream().filter(f -> in.test(f.region())).map(ReportQueries.Fill::days).toList();
        BigDecimal days = lent.stream().filter(d -> in.test(d.region())).map(ReportQueries.Days::days).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<ObjectiveOutcome, Long> byOutcome = new EnumMap<>(ObjectiveOutcome.class);
        outcomes.stream().filter(o -> in.test(o.region())).forEach(o -> byOutcome.merge(o.outcome(), o.count(), Long::sum));
        long hostTotal = 0;
        long hostCount = 0;
        long associateTotal = 0;
        long associateCount = 0;
        for (ReportQueries.Ratings r : ratings) {
            if (in.test(r.region())) {
                hostTotal += r.hostTotal();
                hostCount += r.hostCount();
                associateTotal += r.associateTotal();
                associateCount += r.associateCount();
            }
        }
        return new Figures(area, received.stream().filter(c -> in.test(c.region())).mapToLong(ReportQueries.Count::count).sum(),
                fillDays.size(), ProgrammeDashboard.median(fillDays), days, byOutcome.getOrDefault(ObjectiveOutcome.ACHIEVED, 0L),
                byOutcome.getOrDefault(ObjectiveOutcome.PARTLY_ACHIEVED, 0L), byOutcome.getOrDefault(ObjectiveOutcome.NOT_ACHIEVED, 0L),
                mean(hostTotal, hostCount), mean(associateTotal, associateCount), (int) (hostCount + associateCount), days.multiply(dayRate));
    }

    private static Double mean(long total, long count) {
        return count == 0 ? null : (double) total / count;
    }
}
