package uk.interimexchange.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import uk.interimexchange.application.ApplicationService;
import uk.interimexchange.application.PlacementService;
import uk.interimexchange.domain.model.application.Application;
import uk.interimexchange.domain.model.placement.CheckIn;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.placement.PlacementSearch;
import uk.interimexchange.domain.model.placement.PlacementState;
import uk.interimexchange.domain.model.placement.PlacementSummary;

/**
 * Applications' states and placements with their check-ins, read only: each as the pages show it to the caller (the
 * services scope every list and refuse another's record with the same 404 as none).
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class WorkResource {

    @Inject
    ApplicationService applications;

    @Inject
    PlacementService placements;

    /** An associate's own applications. */
    @GET
    @Path("applications")
    public Paging<ApplicationLine> mine(@QueryParam("page") String page, @QueryParam("size") String size) {
        return Paging.of(applications.mine(Paging.request(page, size)).map(ApplicationLine::of));
    }

    /** The applications to a need, as its host contact or a coordinator sees them. */
    @GET
    @Path("needs/{id}/applications")
    public Paging<ApplicationLine> forNeed(@PathParam("id") long needId, @QueryParam("page") String page, @QueryParam("size") String size) {
        return Paging.of(applications.forNeed(needId, Paging.request(page, size)).map(ApplicationLine::of));
    }

    @GET
    @Path("applications/{id}")
    public ApplicationLine application(@PathParam("id") long id) {
        return ApplicationLine.of(applications.find(id));
    }

    /** The placements the caller takes part in (all of them for a coordinator), filtered by state if asked. */
    @GET
    @Path("placements")
    public Paging<PlacementLine> placements(@QueryParam("state") String state, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PlacementSearch search = PlacementSearch.all();
        if (state != null && !state.isBlank()) {
            search = new PlacementSearch(state(state), null, null, null, false, null);
        }
        return Paging.of(placements.list(search, Paging.request(page, size)).map(PlacementLine::of));
    }

    /** One placement with its check-ins. */
    @GET
    @Path("placements/{id}")
    public PlacementRecord placement(@PathParam("id") long id) {
        return PlacementRecord.of(placements.find(id));
    }

    private static PlacementState state(String given) {
        try {
            return PlacementState.valueOf(given.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Paging.BadRequest("There is no placement state called " + (given.length() > 30 ? given.substring(0, 30) + "…" : given) + ".");
        }
    }

    /** What the API shows of an application. */
    public record ApplicationLine(long id, long needId, String need, String state, Instant submittedAt, Instant decidedAt) {

        static ApplicationLine of(Application a) {
            return new ApplicationLine(a.getId(), a.getNeed().getId(), a.getNeed().getTitle(), a.getState().name(), a.getSubmittedAt(),
                    a.getDecidedAt());
        }
    }

    /** A placement in a list. */
    public record PlacementLine(long id, String need, String associate, String host, String region, LocalDate startDate, LocalDate endDate,
                                String state, List<String> risks) {

        static PlacementLine of(PlacementSummary s) {
            return new PlacementLine(s.id(), s.needTitle(), s.associateName(), s.host(), s.region().name(), s.startDate(), s.endDate(),
                    s.state().name(), s.risks());
        }
    }

    /** One placement, with its check-ins. */
    public record PlacementRecord(long id, long needId, String need, String associate, String host, LocalDate startDate,
                                  LocalDate endDate, String state, List<CheckInLine> checkIns) {

        static PlacementRecord of(Placement p) {
            return new PlacementRecord(p.getId(), p.getNeed().getId(), p.getNeed().getTitle(), p.getAssociate().getFullName(),
                    p.getOrganisation().getName(), p.getStartDate(), p.getEndDate(), p.getState().name(),
                    p.getCheckIns().stream().map(CheckInLine::of).toList());
        }
    }

    /** A check-in: the date, the days worked since the last, and who recorded it. */
    public record CheckInLine(LocalDate date, java.math.BigDecimal daysWorked, String by, String issues) {

        static CheckInLine of(CheckIn c) {
            return new CheckInLine(c.getDate(), c.getDaysWorked(), c.getByName(), c.getIssues());
        }
    }
}
