package uk.interimexchange.interfaces.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.interimexchange.application.DashboardService;
import uk.interimexchange.application.ProgrammeDashboard;
import uk.interimexchange.domain.model.need.NeedState;

/** The coordinators' dashboard (/dashboard/): figures and charts of the programme, each table downloadable. */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    DashboardService dashboards;

    private ProgrammeDashboard dashboard;
    private List<ProgrammeDashboard.Bar> byState;
    private List<ProgrammeDashboard.RegionRow> byRegion;
    private long largestState;
    private long largestRegion;

    @PostConstruct
    void load() {
        dashboard = dashboards.dashboard();
        byState = dashboard.needsByState();
        byRegion = dashboard.needsByRegion();
        largestState = Math.max(1, byState.stream().mapToLong(ProgrammeDashboard.Bar::count).max().orElse(1));
        largestRegion = Math.max(1, byRegion.stream().mapToLong(ProgrammeDashboard.RegionRow::total).max().orElse(1));
    }

    public ProgrammeDashboard getDashboard() {
        return dashboard;
    }

    public List<ProgrammeDashboard.Bar> getByState() {
        return byState;
    }

    public List<ProgrammeDashboard.RegionRow> getByRegion() {
        return byRegion;
    }

    /** The longest bar's length, so every bar is drawn to the same scale. */
    public long getLargestState() {
        return largestState;
    }

    public long getLargestRegion() {
        return largestRegion;
    }

    public List<NeedState> getStates() {
        return List.of(NeedState.values());
    }
}
