package uk.interimexchange.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import uk.interimexchange.application.AccessDeniedException;
import uk.interimexchange.application.Actor;
import uk.interimexchange.application.ApplicationPageView;
import uk.interimexchange.application.ApplicationService;
import uk.interimexchange.application.ApplicationStep;
import uk.interimexchange.application.CurrentUser;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.application.Roles;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.application.Application;
import uk.interimexchange.domain.model.application.ApplicationRepository;
import uk.interimexchange.domain.model.application.ApplicationState;
import uk.interimexchange.domain.model.application.InterviewFormat;
import uk.interimexchange.domain.model.application.Submission;
import uk.interimexchange.domain.model.associate.Associate;
import uk.interimexchange.domain.model.associate.AssociateRepository;
import uk.interimexchange.domain.model.audit.HistoryEntry;
import uk.interimexchange.domain.model.audit.AuditRepository;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.need.NeedRepository;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.placement.PlacementRepository;
import uk.interimexchange.domain.model.placement.PlacementState;
import uk.interimexchange.domain.model.placement.PlacementTerms;
import uk.interimexchange.domain.model.scoping.ScopingDocumentRepository;
import uk.interimexchange.domain.model.scoping.ScopingVersion;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

@Stateless
public class DefaultApplicationService implements ApplicationService {

    static final String ENTITY = "Application";

    @Inject
    Notifier notifier;

    @Inject
    Invitations invitations;

    @Inject
    ApplicationRepository applications;

    @Inject
    AssociateRepository associates;

    @Inject
    NeedRepository needs;

    @Inject
    ScopingDocumentRepository scopingDocuments;

    @Inject
    PlacementRepository placements;

    @Inject
    AuditRepository auditEvents;

    @Inject
    Callers callers;

    @Inject
    Transitions transitions;

    @Inject
    ReleaseRequests releaseRequests;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public Application invite(long associateId, long needId) {
        Guard.coordinator(currentUser.actor());
        Associate associate = associates.find(associateId).orElseThrow(() -> new NotFoundException("profile"));
        Need need = loadNeed(needId);
        refuseSecondApplication(associate, need);
        Application application = Application.invite(associate, need, clock.instant());
        applications.store(application);
        transitions.recordSaved(ENTITY, application.getId(), "invited", null, application.getState(), need.getTitle());
        notifier.invited(application);
        return application;
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE})
    public Application apply(long needId, Submission submission) {
        Actor actor = currentUser.actor();
        Associate associate = callers.associate(actor);
        Need need = Guard.visible(actor, loadNeed(needId));
        refuseSecondApplication(associate, need);
        Application application = Application.apply(associate, need, submission, clock.instant(), LocalDate.now(clock));
        applications.store(application);
        transitions.recordSaved(ENTITY, application.getId(), "applied", null, application.getState(), need.getTitle());
        return application;
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE})
    public Application submit(long applicationId, Submission submission) {
        return byApplicant(applicationId, "submitted", null,
                a -> a.submit(submission, clock.instant(), LocalDate.now(clock)));
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public Application shortlist(long applicationId) {
        return byCoordinator(applicationId, "shortlisted", null, Application::shortlist);
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public Application scheduleInterview(long applicationId, LocalDateTime at, InterviewFormat format) {
        String comment = at == null || format == null ? null : format.getLabel() + " interview on " + at;
        Application application = byCoordinator(applicationId, "interview arranged", comment,
                a -> a.scheduleInterview(at, format, clock.instant()));
        invitations.interviewArranged(application);
        return application;
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public Application offer(long applicationId) {
        return byCoordinator(applicationId, "offered", null, Application::offer);
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE})
    public Placement accept(long applicationId) {
        Application accepted = byApplicant(applicationId, "accepted", null, a -> a.accept(clock.instant()));
        Need need = accepted.getNeed();
        ScopingVersion agreedScope = scopingDocuments.findByNeed(need.getId()).flatMap(d -> d.agreedVersion())
                .orElseThrow(() -> new BusinessRuleException("This need has no agreed scope, so no placement can be made from it."));

        fill(need);
        for (Application other : applications.liveForNeedExcept(need.getId(), accepted.getId())) {
            ApplicationState from = other.getState();
            other.turnAwayAsFilled(clock.instant());
            transitions.recordSaved(ENTITY, other.getId(), "unsuccessful: assignment accepted by another applicant", from, other.getState(), null);
            notifier.applicationClosed(other, "unsuccessful: the assignment was accepted by another applicant");
            invitations.interviewCalledOff(other, "the assignment has been filled by another applicant");
        }

        Placement placement = Placement.propose(accepted, agreedScope,
                PlacementTerms.proposedFor(need, agreedScope, LocalDate.now(clock)), clock.instant());
        placements.store(placement);
        transitions.recordSaved(DefaultPlacementService.ENTITY, placement.getId(), "proposed", null, PlacementState.PROPOSED,
                "From the accepted offer to " + accepted.getAssociate().getFullName());
        releaseRequests.send(placement);
        notifier.placementProposed(placement);
        transitions.save("application");
        return placement;
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE})
    public Application decline(long applicationId, String reason) {
        return byApplicant(applicationId, "declined", reason, a -> a.decline(reason, clock.instant()));
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public Application markUnsuccessful(long applicationId, String feedback) {
        Guard.coordinator(currentUser.actor());
        Application application = load(applicationId);
        ApplicationState from = application.getState();
        application.markUnsuccessful(feedback, clock.instant());
        transitions.record("application", ENTITY, applicationId, "marked unsuccessful", from, application.getState(), feedback);
        notifier.applicationClosed(application, "marked unsuccessful, with feedback");
        invitations.interviewCalledOff(application, "the application was not successful; the feedback is on the application");
        return application;
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public Application restoreToShortlist(long applicationId) {
        return byCoordinator(applicationId, "restored to the shortlist", "The placement that filled the need fell through",
                Application::restoreToShortlist);
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE})
    public Application withdraw(long applicationId, String reason) {
        Application application = byApplicant(applicationId, "withdrawn", reason, a -> a.withdraw(reason, clock.instant()));
        invitations.interviewCalledOff(application, "you withdrew your application");
        return application;
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR})
    public Application find(long applicationId) {
        return visible(load(applicationId));
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR})
    public ApplicationPageView page(long applicationId) {
        Actor actor = currentUser.actor();
        Application application = visible(load(applicationId));
        ApplicationState state = application.getState();
        boolean applicant = actor.has(Role.ASSOCIATE) && Guard.isSelf(actor, application.getAssociate());
        boolean coordinator = actor.has(Role.COORDINATOR);
        Set<ApplicationStep> steps = EnumSet.noneOf(ApplicationStep.class);
        Steps.allow(steps, ApplicationStep.WITHDRAW, applicant && state.isLive());
        Steps.allow(steps, ApplicationStep.ANSWER_OFFER, applicant && state == ApplicationState.OFFERED);
        Steps.allow(steps, ApplicationStep.STEER, coordinator);
        Steps.allow(steps, ApplicationStep.SHORTLIST, coordinator && state == ApplicationState.SUBMITTED);
        Steps.allow(steps, ApplicationStep.ARRANGE_INTERVIEW, coordinator && (state == ApplicationState.SHORTLISTED
                || state == ApplicationState.INTERVIEW));
        Steps.allow(steps, ApplicationStep.OFFER, coordinator && state == ApplicationState.INTERVIEW);
        Steps.allow(steps, ApplicationStep.TURN_AWAY, coordinator && state.isLive() && state != ApplicationState.OFFERED);
        Steps.allow(steps, ApplicationStep.RESTORE, coordinator && application.isRestorable() && application.getNeed().isRecruiting());
        return new ApplicationPageView(application, auditEvents.historyOf(ENTITY, applicationId), steps);
    }


    @Override
    @RolesAllowed({Roles.HOST, Roles.COORDINATOR})
    public Page<Application> forNeed(long needId, PageRequest page) {
        Actor actor = currentUser.actor();
        Guard.hostOrCoordinator(actor, loadNeed(needId));
        return actor.seesEverything() ? applications.forNeed(needId, page)
                : applications.forNeed(needId, ApplicationState.SHOWN_TO_HOST, page); // a host sees the shortlist on
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public Page<Application> toReview(PageRequest page) {
        Guard.coordinator(currentUser.actor());
        return applications.inState(ApplicationState.SUBMITTED, page);
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public List<Application> interviewsThisWeek() {
        Guard.coordinator(currentUser.actor());
        LocalDateTime today = LocalDate.now(clock).atStartOfDay();
        return applications.interviewsBetween(today, today.plusDays(7));
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE})
    public Page<Application> mine(PageRequest page) {
        return applications.forAssociate(callers.associate(currentUser.actor()).getId(), page);
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR})
    public List<HistoryEntry> history(long applicationId) {
        visible(load(applicationId));
        return auditEvents.historyOf(ENTITY, applicationId);
    }

    /** The need moves on with the accepted offer: an open need passes through shortlisting on its way to filled. */
    private void fill(Need need) {
        if (need.getState() == NeedState.OPEN) {
            need.startShortlisting();
            transitions.recordSaved(DefaultNeedService.ENTITY, need.getId(), "shortlisting started", NeedState.OPEN, NeedState.SHORTLISTING,
                    "An offer was accepted");
        }
        NeedState from = need.getState();
        need.fill(clock.instant());
        transitions.recordSaved(DefaultNeedService.ENTITY, need.getId(), "filled", from, need.getState(), null);
    }

    private void refuseSecondApplication(Associate associate, Need need) {
        if (applications.exists(associate.getId(), need.getId())) {
            throw new BusinessRuleException(associate.getFullName() + " has already applied for, or been invited to, \""
                    + need.getTitle() + "\": there is one application per associate per need.");
        }
    }

    /** Coordinators, the applicant, and the host of the need see an application. */
    private Application visible(Application application) {
        Actor actor = currentUser.actor();
        if (actor.seesEverything() || Guard.isSelf(actor, application.getAssociate())
                || actor.actsFor(application.getNeed().getOrganisation().getId()) && application.getState().isShownToHost()) {
            return application;
        }
        throw new NotFoundException("application");
    }

    private Application byApplicant(long applicationId, String action, String comment, Consumer<Application> decision) {
        Application application = load(applicationId);
        if (!Guard.isSelf(currentUser.actor(), application.getAssociate())) {
            throw new AccessDeniedException("Only the applicant can do that.");
        }
        return decided(application, action, comment, decision);
    }

    private Application byCoordinator(long applicationId, String action, String comment, Consumer<Application> decision) {
        Guard.coordinator(currentUser.actor());
        return decided(load(applicationId), action, comment, decision);
    }

    private Application decided(Application application, String action, String comment, Consumer<Application> decision) {
        ApplicationState from = application.getState();
        decision.accept(application);
        transitions.record("application", ENTITY, application.getId(), action, from, application.getState(), comment);
        notifier.aboutApplication(application, action);
        return application;
    }

    private Application load(long applicationId) {
        return applications.find(applicationId).orElseThrow(() -> new NotFoundException("application"));
    }

    private Need loadNeed(long needId) {
        return needs.find(needId).orElseThrow(() -> new NotFoundException("need"));
    }
}
