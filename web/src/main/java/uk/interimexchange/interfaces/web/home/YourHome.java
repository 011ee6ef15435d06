package uk.interimexchange.interfaces.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import uk.interimexchange.application.AccessDeniedException;
import uk.interimexchange.application.AccountService;
import uk.interimexchange.application.ApplicationService;
import uk.interimexchange.application.Fit;
import uk.interimexchange.application.LessonService;
import uk.interimexchange.application.MatchingService;
import uk.interimexchange.application.NeedService;
import uk.interimexchange.application.PlacementService;
import uk.interimexchange.application.Roles;
import uk.interimexchange.application.ScopingService;
import uk.interimexchange.domain.model.application.Application;
import uk.interimexchange.domain.model.application.ApplicationState;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.need.NeedFilter;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.placement.PlacementSearch;
import uk.interimexchange.domain.model.placement.PlacementState;
import uk.interimexchange.domain.model.placement.PlacementSummary;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

/**
 * The signed-in home page: what needs this person's attention, for each role they hold. Everything is read once,
 * here, through the services, which scope it to what the person may see.
 */
@Named
@RequestScoped
public class YourHome {

    static final PageRequest SHORT_LIST = PageRequest.first(10);

    @Inject
    NeedService needs;

    @Inject
    ApplicationService applications;

    @Inject
    PlacementService placements;

    @Inject
    AccountService accounts;

    @Inject
    LessonService lessons;

    @Inject
    ScopingService scoping;

    @Inject
    MatchingService matching;

    @Inject
    FacesContext faces;

    private boolean associate;
    private boolean host;
    private boolean coordinator;
    private boolean admin;

    private List<Application> offers = List.of();
    private List<Application> myApplications = List.of();
    private List<PlacementSummary> myPlacements = List.of();
    private long openNeeds;
    private List<Need> needsToSend = List.of();
    private List<Need> needsInScoping = List.of();
    private List<Need> needsToTriage = List.of();
    private long needsToTriageTotal;
    private Page<PlacementSummary> placementsAwaitingSignOff = Page.empty();
    private Page<Need> needsFallenThrough = Page.empty();
    private long hostContactsWaiting;
    private long lessonsAwaitingModeration;
    private List<Need> scopesToSign = List.of();
    private List<Fit> fittingNeeds = List.of();
    private boolean profileMissing;
    private List<Application> applicationsToReview = List.of();
    private long applicationsToReviewTotal;
    private List<Application> interviewsThisWeek = List.of();
    private Page<PlacementSummary> placementsAtRisk = Page.empty();

    @PostConstruct
    void load() {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        associate = request.isUserInRole(Roles.ASSOCIATE);
        host = request.isUserInRole(Roles.HOST);
        coordinator = request.isUserInRole(Roles.COORDINATOR);
        admin = request.isUserInRole(Roles.ADMIN);
        if (associate) {
            List<Application> all = applications.mine(PageRequest.first(PageRequest.MAX_LIMIT)).items(); // a person has few
            offers = all.stream().filter(a -> a.getState() == ApplicationState.OFFERED).toList();
            myApplications = all.stream().limit(SHORT_LIST.limit()).toList();
            openNeeds = needs.search(inStates(NeedState.OPEN), PageRequest.first(1)).total();
            try {
                fittingNeeds = matching.needsThatFitMe(5);
            } catch (AccessDeniedException noProfileYet) {
                profileMissing = true;
            }
        }
        if (associate || host) {
            myPlacements = placements.list(PlacementSearch.all(), SHORT_LIST).items();
        }
        if (host) {
            needsToSend = needs.search(inStates(NeedState.DRAFT), SHORT_LIST).items();
            needsInScoping = needs.search(inStates(NeedState.SCOPING), SHORT_LIST).items();
        }
        if (host || coordinator) {
            scopesToSign = scoping.awaitingSignOff(SHORT_LIST).items();
        }
        if (coordinator) {
            var toReview = applications.toReview(SHORT_LIST);
            applicationsToReview = toReview.items();
            applicationsToReviewTotal = toReview.total();
            interviewsThisWeek = applications.interviewsThisWeek();
            placementsAtRisk = placements.atRisk(SHORT_LIST);
            var toTriage = needs.search(inStates(NeedState.SUBMITTED), SHORT_LIST);
            needsToTriage = toTriage.items();
            needsToTriageTotal = toTriage.total();
            needsInScoping = needs.search(inStates(NeedState.SCOPING), SHORT_LIST).items();
            placementsAwaitingSignOff = placements.list(new PlacementSearch(PlacementState.PROPOSED, null, null, null, false, null),
                    SHORT_LIST);
            needsFallenThrough = needs.fallenThrough(SHORT_LIST);
            lessonsAwaitingModeration = lessons.awaitingModeration(PageRequest.first(1)).total();
        }
        if (coordinator || admin) {
            hostContactsWaiting = accounts.awaitingApproval().size();
        }
    }

    private static NeedFilter inStates(NeedState state) {
        return NeedFilter.all().withStates(Set.of(state));
    }

    public List<Fit> getFittingNeeds() {
        return fittingNeeds;
    }

    public boolean isProfileMissing() {
        return profileMissing;
    }

    public List<Need> getScopesToSign() {
        return scopesToSign;
    }

    public List<Application> getApplicationsToReview() {
        return applicationsToReview;
    }

    public long getApplicationsToReviewTotal() {
        return applicationsToReviewTotal;
    }

    public List<Application> getInterviewsThisWeek() {
        return interviewsThisWeek;
    }

    public Page<PlacementSummary> getPlacementsAtRisk() {
        return placementsAtRisk;
    }

    public boolean isAssociate() {
        return associate;
    }

    public boolean isHost() {
        return host;
    }

    public boolean isCoordinator() {
        return coordinator;
    }

    public boolean isAdmin() {
        return admin;
    }

    public List<Application> getOffers() {
        return offers;
    }

    public List<Application> getMyApplications() {
        return myApplications;
    }

    public List<PlacementSummary> getMyPlacements() {
        return myPlacements;
    }

    public long getOpenNeeds() {
        return openNeeds;
    }

    public List<Need> getNeedsToSend() {
        return needsToSend;
    }

    public List<Need> getNeedsInScoping() {
        return needsInScoping;
    }

    public List<Need> getNeedsToTriage() {
        return needsToTriage;
    }

    public long getNeedsToTriageTotal() {
        return needsToTriageTotal;
    }

    public Page<PlacementSummary> getPlacementsAwaitingSignOff() {
        return placementsAwaitingSignOff;
    }

    /** Filled needs whose placement fell through, for a coordinator to reopen. */
    public Page<Need> getNeedsFallenThrough() {
        return needsFallenThrough;
    }

    public long getHostContactsWaiting() {
        return hostContactsWaiting;
    }

    public long getLessonsAwaitingModeration() {
        return lessonsAwaitingModeration;
    }
}
