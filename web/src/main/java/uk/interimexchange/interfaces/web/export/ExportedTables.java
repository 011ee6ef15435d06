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
import uk.interimexchange.application.DashboardService;
import uk.interimexchange.application.NeedService;
import uk.interimexchange.application.PlacementService;
import uk.interimexchange.application.ProgrammeDashboard;
import uk.interimexchange.application.SkillService;
import uk.interimexchange.domain.model.application.Application;
import uk.interimexchange.domain.model.need.NeedRow;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.placement.PlacementSearch;
import uk.interimexchange.domain.model.placement.PlacementSummary;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;
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

    /** The table of this name, read with the request's parameters; null for a name there is no table of. */
    public Table named(String name, Map<String, String> parameters) {
        return switch (name) {
            case "needs" -> needs(NeedSearch.from(parameters, skills.taxonomy()));
            case "placements" -> placements();
            case "applicants" -> applicants(WebPages.number(parameters.get("need")));
            case "needs-by-state" -> needsByState(dashboards.dashboard());
            case "needs-by-region" -> needsByRegion(dashboards.dashboard());
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
