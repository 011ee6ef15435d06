package uk.interimexchange.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import uk.interimexchange.application.AccessDeniedException;
import uk.interimexchange.application.Actor;
import uk.interimexchange.application.ApplicationLine;
import uk.interimexchange.application.CurrentUser;
import uk.interimexchange.application.Fit;
import uk.interimexchange.application.HomeService;
import uk.interimexchange.application.HomeView;
import uk.interimexchange.application.Roles;
import uk.interimexchange.application.port.HomeQueries;
import uk.interimexchange.application.port.ProfileStatus;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.associate.AssociateStatus;
import uk.interimexchange.domain.model.application.ApplicationState;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.placement.PlacementRepository;
import uk.interimexchange.domain.model.placement.PlacementSearch;
import uk.interimexchange.domain.model.placement.PlacementState;
import uk.interimexchange.domain.model.placement.PlacementSummary;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

/**
 * The home page in one call: each part only for a role the caller holds, each list scoped to what the caller may see
 * (a host contact their organisation's, an associate their own, the programme team everything) and read as projections.
 */
@Stateless
public class DefaultHomeService implements HomeService {

    /** How many lines each list of the home page shows; its count or link leads to the rest. */
    static final int SHORT = 10;

    @Inject
    CurrentUser currentUser;

    @Inject
    HomeQueries queries;

    @Inject
    PlacementRepository placements;

    @Inject
    Fits fits;

    @Inject
    Clock clock;

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR, Roles.ADMIN})
    public HomeView home() {
        Actor actor = currentUser.actor();
        LocalDate today = LocalDate.now(clock);
        HomeView.AssociatePart associate = actor.has(Role.ASSOCIATE) ? associatePart(actor, today) : null;
        HomeView.HostPart host = actor.has(Role.HOST) ? hostPart(actor, today) : null;
        HomeView.CoordinatorPart coordinator = actor.has(Role.COORDINATOR) ? coordinatorPart(today) : null;
        HomeView.AccountsPart accounts = actor.has(Role.COORDINATOR) || actor.has(Role.ADMIN)
                ? new HomeView.AccountsPart(queries.hostContactsWaiting(), actor.has(Role.ADMIN)) : null;
        return new HomeView(associate, host, coordinator, accounts);
    }

    private HomeView.AssociatePart associatePart(Actor actor, LocalDate today) {
        ProfileStatus me = queries.profileOf(actor.accountId())
                .orElseThrow(() -> new AccessDeniedException("Complete your associate profile first."));
        long associateId = me.associateId();
        List<ApplicationLine> mine = queries.applicationsOf(associateId, PageRequest.MAX_LIMIT); // a person has few
        boolean draft = me.status() == AssociateStatus.DRAFT; // nothing can fit a profile not yet filled in
        List<Fit> fitting = draft ? List.of() : fits.forAssociate(associateId, 5);
        return new HomeView.AssociatePart(mine.stream().filter(a -> a.state() == ApplicationState.OFFERED).toList(),
                mine.stream().limit(SHORT).toList(), queries.openNeeds(), fitting, draft,
                placements(PlacementSearch.all().forAssociate(associateId), today).items());
    }

    private HomeView.HostPart hostPart(Actor actor, LocalDate today) {
        Long organisation = actor.organisationId();
        return new HomeView.HostPart(queries.needs(NeedState.DRAFT, organisation, SHORT), queries.scopesToSign(organisation, SHORT),
                queries.needs(NeedState.SCOPING, organisation, SHORT),
                placements(PlacementSearch.all().forOrganisation(organisation), today).items());
    }

    private HomeView.CoordinatorPart coordinatorPart(LocalDate today) {
        LocalDateTime startOfToday = today.atStartOfDay();
        return new HomeView.CoordinatorPart(queries.workQueue(), queries.needs(NeedState.SUBMITTED, null, SHORT),
                queries.scopesToSign(null, SHORT), queries.applications(ApplicationState.SUBMITTED, SHORT),
                queries.interviewsBetween(startOfToday, startOfToday.plusDays(7)), placements(PlacementSearch.atRisk(), today),
                placements(new PlacementSearch(PlacementState.PROPOSED, null, null, null, false, null), today).items(),
                queries.fallenThrough(SHORT), queries.needs(NeedState.SCOPING, null, SHORT));
    }

    private Page<PlacementSummary> placements(PlacementSearch search, LocalDate today) {
        return placements.summaries(search, today, PageRequest.first(SHORT)).map(s -> s.assessedOn(today));
    }
}
