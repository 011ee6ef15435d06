package uk.interimexchange.interfaces.web.export;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.interimexchange.application.ApplicationService;
import uk.interimexchange.application.CommissionersReport;
import uk.interimexchange.application.DashboardService;
import uk.interimexchange.application.NeedService;
import uk.interimexchange.application.PlacementService;
import uk.interimexchange.application.ProgrammeDashboard;
import uk.interimexchange.application.ReportService;
import uk.interimexchange.application.SkillService;
import uk.interimexchange.domain.model.application.Application;
import uk.interimexchange.domain.model.need.NeedRow;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.placement.PlacementSearch;
import uk.interimexchange.domain.model.placement.PlacementSummary;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;
import uk.interimexchange.domain.model.shared.Quarter;
import uk.interimexchange.interfaces.web.WebPages;
import uk.interimexchange.interfaces.web.need.NeedSearch;

/** The tables a coordinator can download, each with the same columns as on its page; the services decide what is in them. */
@RequestScoped
public class ExportedTables {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    NeedService needs;

    @Inject
    PlacementService placements;

    @Inject
    DashboardService dashboards;

    @Inject
    ApplicationService applications;

    @Inject
    SkillService skills;

    @Inject
    ReportService reports;

    /** The table of this name, read with the request's parameters; null for a name there is no table of. */
    public Table named(String name, Map<String, String> parameters) {
        return switch (name) {
            case "needs" -> needs(NeedSearch.from(parameters, skills.taxonomy()));
            case "placements" -> placements();
            case "applicants" -> applicants(WebPages.number(parameters.get("need")));
            case "needs-by-state" -> needsByState(dashboards.dashboard());
            case "needs-by-region" -> needsByRegion(dashboards.dashboard());
            case "commissioners-report" -> commissionersReport(parameters.get("quarter"));
            default -> null;
        };
    }

    /** Every need found, read through one database cursor and written as it is read. */
    private Table needs(NeedSearch search) {
        return new Table("needs", List.of("Reference", "Need", "Organisation", "Region", "State", "Days a week", "Earliest start",
                "Applications close"), row -> needs.download(search.filter(), (NeedRow n) -> row.accept(Arrays.asList(n.id(), n.title(),
                n.organisation(), n.region().getLabel(), n.state().getLabel(), n.daysPerWeek(), n.earliestStart(),
                n.applicationDeadline()))));
    }

    private Table placements() {
        return new Table("placements", List.of("Reference", "Need", "Associate", "Organisation", "State", "Start", "End",
                "Days a week", "At risk"), paged(page -> placements.list(PlacementSearch.all(), page), (PlacementSummary p) -> List.of(
                p.id(), p.needTitle(), p.associateName(), p.host(), p.state().getLabel(), p.startDate(), p.endDate(),
                p.risk().daysPerWeek(), String.join("; ", p.risks()))));
    }

    private Table applicants(long needId) {
        return new Table("applicants", List.of("Reference", "Applicant", "State", "Applied on", "Interview"),
                paged(page -> applications.forNeed(needId, page), (Application a) -> Arrays.asList(a.getId(),
                        a.getAssociate().getFullName(), a.getState().getLabel(),
                        a.getSubmittedAt() == null ? null : a.getSubmittedAt().atZone(UK).toLocalDate(), a.getInterviewAt())));
    }

    /** The quarter's report; none (404) for a quarter not written as one or not yet begun. */
    private Table commissionersReport(String quarter) {
        try {
            return commissionersReport(reports.commissionersReport(quarter == null ? null : Quarter.parse(quarter)));
        } catch (BusinessRuleException noReport) {
            return null;
        }
    }

    /** Each region, then England, with every figure of the report in its own column. */
    private static Table commissionersReport(CommissionersReport report) {
        List<CommissionersReport.Figures> rows = new ArrayList<>(report.regions());
        rows.add(report.england());
        return new Table("commissioners-report-" + report.quarter(), List.of("Region", "Needs received", "Needs filled",
                "Median days to fill", "Days lent", "Cost avoided (" + report.dayRateText() + " a day)", "Objectives achieved",
                "Partly achieved", "Not achieved", "Host feedback (1 to 5)", "Associate feedback (1 to 5)", "Ratings given"),
                rows.stream().map(r -> List.<Object>of(r.area(), r.received(), r.filled(), r.medianText(), r.daysLent(), r.costAvoidedText(),
                        r.achieved(), r.partlyAchieved(), r.notAchieved(), r.hostScoreText(), r.associateScoreText(), r.ratings())).toList());
    }

    private static Table needsByState(ProgrammeDashboard dashboard) {
        return new Table("needs-by-state", List.of("State", "Needs"),
                dashboard.needsByState().stream().map(bar -> List.<Object>of(bar.label(), bar.count())).toList());
    }

    private static Table needsByRegion(ProgrammeDashboard dashboard) {
        List<String> headings = new ArrayList<>(List.of("Region"));
        for (NeedState state : NeedState.values()) {
            headings.add(state.getLabel());
        }
        headings.add("All needs");
        List<List<Object>> rows = dashboard.needsByRegion().stream().map(row -> {
            List<Object> cells = new ArrayList<>(List.of(row.region().getLabel()));
            cells.addAll(row.byState());
            cells.add(row.total());
            return cells;
        }).toList();
        return new Table("needs-by-region", headings, rows);
    }

    /** Every row, a page at a time from the database, each page written before the next is read. */
    private static <T> Table.Rows paged(Function<PageRequest, Page<T>> search, Function<T, List<Object>> cells) {
        return row -> {
            int read = 0;
            Page<T> page;
            do {
                page = search.apply(new PageRequest(read, PageRequest.MAX_LIMIT));
                page.items().forEach(item -> row.accept(cells.apply(item)));
                read += page.items().size();
            } while (!page.items().isEmpty() && read < page.total());
        };
    }
}
