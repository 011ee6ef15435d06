package uk.interimexchange.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.interimexchange.application.DashboardService;
import uk.interimexchange.application.ProgrammeDashboard;
import uk.interimexchange.application.Roles;
import uk.interimexchange.domain.model.need.NeedRepository;
import uk.interimexchange.domain.model.placement.PlacementRepository;
import uk.interimexchange.domain.model.placement.PlacementState;

/** Counted in the database with grouped queries; only the fill times come back, one number a filled need. */
@Stateless
public class DefaultDashboardService implements DashboardService {

    @Inject
    NeedRepository needs;

    @Inject
    PlacementRepository placements;

    @Inject
    Clock clock;

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public ProgrammeDashboard dashboard() {
        LocalDate quarterStart = ProgrammeDashboard.quarterStarting(LocalDate.now(clock));
        LocalDate quarterEnd = quarterStart.plusMonths(3).minusDays(1);
        List<Long> daysToFill = needs.daysToFill();
        return new ProgrammeDashboard(needs.countByRegionAndState(), ProgrammeDashboard.median(daysToFill), daysToFill.size(),
                placements.count(PlacementState.ACTIVE), quarterStart, quarterEnd, placements.daysWorkedBetween(quarterStart, quarterEnd));
    }
}
