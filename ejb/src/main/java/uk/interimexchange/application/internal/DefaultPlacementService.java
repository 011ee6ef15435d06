package uk.interimexchange.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import uk.interimexchange.application.AccessDeniedException;
import uk.interimexchange.application.Actor;
import uk.interimexchange.application.CurrentUser;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.application.PlacementListView;
import uk.interimexchange.application.PlacementService;
import uk.interimexchange.application.PlacementStep;
import uk.interimexchange.application.PlacementView;
import uk.interimexchange.application.Roles;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.audit.HistoryEntry;
import uk.interimexchange.domain.model.audit.AuditRepository;
import uk.interimexchange.domain.model.link.LinkPurpose;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.placement.Briefing;
import uk.interimexchange.domain.model.placement.BriefingInvitation;
import uk.interimexchange.domain.model.placement.CheckIn;
import uk.interimexchange.domain.model.placement.CheckInReport;
import uk.interimexchange.domain.model.placement.CloseOut;
import uk.interimexchange.domain.model.placement.ObjectiveResult;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.placement.PlacementParty;
import uk.interimexchange.domain.model.placement.PlacementRepository;
import uk.interimexchange.domain.model.placement.PlacementSearch;
import uk.interimexchange.domain.model.placement.PlacementState;
import uk.interimexchange.domain.model.placement.PlacementSummary;
import uk.interimexchange.domain.model.placement.Side;
import uk.interimexchange.domain.model.scoping.ScopingVersion;
import uk.interimexchange.domain.model.scoping.SectionChange;
import uk.interimexchange.domain.model.scoping.Stakeholder;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;
import uk.interimexchange.application.port.PdfDocuments;
import uk.interimexchange.application.port.LinkTokens;

@Stateless
public class DefaultPlacementService implements PlacementService {

    static final String ENTITY = "Placement";

    @Inject
    Notifier notifier;

    @Inject
    Invitations invitations;

    @Inject
    PlacementRepository placements;

    @Inject
    AuditRepository auditEvents;

    @Inject
    Callers callers;

    @Inject
    Transitions transitions;

    @Inject
    CurrentUser currentUser;

    @Inject
    LinkTokens links;

    @Inject
    Letters letters;

    @Inject
    ReleaseRequests releaseRequests;

    @Inject
    PdfDocuments pdfs;

    @Inject
    Clock clock;

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR})
    public Placement signOff(long placementId, PlacementParty party, String comment) {
        Actor actor = currentUser.actor();
        Placement placement = load(placementId);
        if (party == null) {
            throw new BusinessRuleException("Say who you are signing as.");
        }
        switch (party) {
            case ASSOCIATE -> Guard.self(actor, placement.getAssociate());
            case HOST_SPONSOR -> {
                if (!actor.isSystem() && !isSponsor(actor, placement)) {
                    throw new AccessDeniedException("Only the host sponsor, " + placement.getNeed().getSponsor().getFullName()
                            + ", can sign for the host.");
                }
            }
            case COORDINATOR -> Guard.coordinator(actor);
            case LINE_MANAGER -> throw new AccessDeniedException(
                    "The line manager approves the release through the link emailed to them.");
        }
        String signer = callers.displayName(actor);
        return recorded(placement, "signed by " + party.getLabel().toLowerCase(), comment,
                p -> p.signOff(party, signer, comment, clock.instant()));
    }

    @Override
    @RolesAllowed({Roles.HOST, Roles.COORDINATOR})
    public Placement recordBriefing(long placementId, String stakeholderName, LocalDate briefedOn, String briefedBy) {
        Placement placement = byHostOrCoordinator(placementId);
        return recorded(placement, "briefing recorded", stakeholderName + " briefed on " + briefedOn + " by " + briefedBy,
                p -> p.recordBriefing(stakeholderName, briefedOn, briefedBy, LocalDate.now(clock)));
    }

    @Override
    @RolesAllowed({Roles.HOST, Roles.COORDINATOR})
    public Placement sendBriefing(long placementId, String stakeholderName) {
        Placement placement = byHostOrCoordinator(placementId);
        BriefingInvitation invitation = placement.inviteToBriefing(stakeholderName, callers.displayName(currentUser.actor()),
                clock.instant());
        transitions.save("placement"); // the invitation has its id, for the link
        letters.stakeholderBriefing(placement, invitation, links.issue(LinkPurpose.CONFIRM_BRIEFING, invitation.getId()));
        transitions.recordSaved(ENTITY, placementId, "briefing emailed", placement.getState(), placement.getState(),
                "To " + invitation.getStakeholderName() + " at " + invitation.getEmail());
        return placement;
    }

    @Override
    @RolesAllowed({Roles.HOST, Roles.COORDINATOR})
    public Placement bookFirstDayMeeting(long placementId, String withWhom, LocalDateTime at) {
        Placement placement = recorded(byHostOrCoordinator(placementId), "first-day meeting booked", withWhom + " at " + at,
                p -> p.bookFirstDayMeeting(withWhom, at));
        invitations.firstDayMeetingBooked(placement);
        return placement;
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public Placement activate(long placementId) {
        Guard.coordinator(currentUser.actor());
        return recorded(load(placementId), "started", null, p -> p.activate(LocalDate.now(clock)));
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST})
    public Placement agreeEarlyStart(long placementId, LocalDate on) {
        Actor actor = currentUser.actor();
        Placement placement = load(placementId);
        Side side = sideOf(actor, placement, "agree an early start of");
        LocalDate wasToStart = placement.getStartDate();
        boolean moved = placement.agreeEarlyStart(on, side, callers.displayName(actor), LocalDate.now(clock));
        Side other = side == Side.HOST ? Side.ASSOCIATE : Side.HOST;
        // The action names the day (and fits the audit trail's 60 characters); the comment says what happens next.
        String action = "early start on " + Letters.UK_DATE.format(on) + " agreed by "
                + (moved ? "both sides" : "the " + side.getLabel().toLowerCase());
        transitions.record("placement", ENTITY, placementId, action, placement.getState(), placement.getState(),
                moved ? "Was to start on " + Letters.UK_DATE.format(wasToStart)
                        : "Waiting for the " + other.getLabel().toLowerCase() + " to agree");
        notifier.aboutPlacement(placement, action, moved);
        return placement;
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE})
    public Placement acknowledgeScope(long placementId) {
        Placement placement = load(placementId);
        Guard.self(currentUser.actor(), placement.getAssociate());
        return recorded(placement, "scope version " + placement.getScopingVersion().getNumber() + " acknowledged by the associate", null,
                Placement::acknowledgeScope);
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST})
    public CheckIn checkIn(long placementId, CheckInReport report) {
        Actor actor = currentUser.actor();
        Placement placement = load(placementId);
        Side side = sideOf(actor, placement, "check in on");
        CheckIn checkIn = placement.recordCheckIn(report, side, callers.displayName(actor), clock.instant());
        transitions.record("placement", ENTITY, placementId, "check-in by " + side.getLabel().toLowerCase(), placement.getState(), placement.getState(),
                report.daysWorked() + " days worked to " + report.date());
        return checkIn;
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST})
    public Placement recordMidPointReview(long placementId, String onTrack, String changes) {
        Actor actor = currentUser.actor();
        Placement placement = load(placementId);
        Side side = sideOf(actor, placement, "review");
        String name = callers.displayName(actor);
        return recorded(placement, "mid-point review recorded by " + side.getLabel().toLowerCase(), null,
                p -> p.recordMidPointReview(side, name, onTrack, changes, clock.instant()));
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST})
    public Placement agreeMidPointReview(long placementId) {
        Actor actor = currentUser.actor();
        Placement placement = load(placementId);
        Side side = sideOf(actor, placement, "review");
        String name = callers.displayName(actor);
        return recorded(placement, "mid-point review agreed by " + side.getLabel().toLowerCase(), null,
                p -> p.agreeMidPointReview(side, name));
    }

    @Override
    @RolesAllowed({Roles.HOST, Roles.COORDINATOR})
    public Placement planCloseOut(long placementId, LocalDate on) {
        return recorded(byHostOrCoordinator(placementId), "close-out planned", on == null ? null : "For " + on,
                p -> p.planCloseOut(on, LocalDate.now(clock)));
    }

    @Override
    @RolesAllowed({Roles.HOST, Roles.COORDINATOR})
    public Placement agreeExtension(long placementId, LocalDate newEndDate) {
        Actor actor = currentUser.actor();
        Placement placement = load(placementId);
        PlacementParty party;
        if (actor.has(Role.COORDINATOR)) {
            party = PlacementParty.COORDINATOR;
        } else if (isSponsor(actor, placement)) {
            party = PlacementParty.HOST_SPONSOR;
        } else {
            throw new AccessDeniedException("Only the host sponsor and a coordinator agree an extension.");
        }
        recorded(placement, "extension agreed by " + party.getLabel().toLowerCase(), "New end date " + newEndDate,
                p -> p.agreeExtension(party, newEndDate));
        if (placement.isExtensionAwaitingRelease()) {
            releaseRequests.sendForExtension(placement);
        }
        return placement;
    }

    @Override
    @RolesAllowed({Roles.HOST, Roles.COORDINATOR})
    public Placement endEarly(long placementId, String reason, List<ObjectiveResult> outcomes) {
        Placement placement = recorded(byHostOrCoordinator(placementId), "ended early", reason,
                p -> p.endEarly(reason, outcomes, clock.instant()));
        closeNeed(placement.getNeed());
        return placement;
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public Placement cancel(long placementId, String reason) {
        Guard.coordinator(currentUser.actor());
        Placement placement = load(placementId);
        recorded(placement, "cancelled", reason, p -> p.cancel(reason), true);
        invitations.firstDayMeetingsCalledOff(placement, "the placement was cancelled");
        return placement;
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR})
    public Placement complete(long placementId, CloseOut closeOut) {
        Placement placement = Guard.party(currentUser.actor(), load(placementId));
        recorded(placement, "closed out", null, p -> p.complete(closeOut, LocalDate.now(clock), clock.instant()));
        closeNeed(placement.getNeed());
        return placement;
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST})
    public Placement giveFeedback(long placementId, int rating, String comment) {
        Actor actor = currentUser.actor();
        Placement placement = load(placementId);
        Side side = sideOf(actor, placement, "give feedback on");
        return recorded(placement, "feedback from " + side.getLabel().toLowerCase(), rating + " out of 5",
                p -> p.giveFeedback(side, rating, comment));
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR})
    public Placement find(long placementId) {
        return Guard.party(currentUser.actor(), load(placementId));
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR})
    public PlacementView view(long placementId) {
        Actor actor = currentUser.actor();
        Placement p = Guard.party(actor, placements.findToShow(placementId).orElseThrow(() -> new NotFoundException("placement")));
        LocalDate today = LocalDate.now(clock);
        PlacementState state = p.getState();
        boolean coordinator = actor.has(Role.COORDINATOR);
        boolean host = actor.actsFor(p.getOrganisation().getId());
        boolean associate = !actor.isSystem() && Guard.isSelf(actor, p.getAssociate());
        boolean beforeStart = state == PlacementState.PROPOSED || state == PlacementState.AGREED;
        boolean active = state == PlacementState.ACTIVE;
        boolean ended = state == PlacementState.COMPLETED || state == PlacementState.ENDED_EARLY;

        List<Stakeholder> toBriefAll = p.getScopingVersion().stakeholdersToBrief();
        List<String> toBrief = toBriefAll.stream().map(Stakeholder::getName).filter(n -> p.briefingOf(n).isEmpty()).toList();
        List<String> toEmail = toBriefAll.stream().filter(s -> s.getEmail() != null && p.briefingOf(s.getName()).isEmpty())
                .map(Stakeholder::getName).toList();
        PlacementParty signingAs = state != PlacementState.PROPOSED ? null
                : associate ? PlacementParty.ASSOCIATE : isSponsor(actor, p) ? PlacementParty.HOST_SPONSOR
                : coordinator ? PlacementParty.COORDINATOR : null;
        if (signingAs != null && p.signOffBy(signingAs).isPresent()) {
            signingAs = null;
        }
        Optional<Side> mySide = associate ? Optional.of(Side.ASSOCIATE) : host ? Optional.of(Side.HOST) : Optional.empty();

        Set<PlacementStep> steps = EnumSet.noneOf(PlacementStep.class);
        Steps.allow(steps, PlacementStep.SIGN, signingAs != null);
        Steps.allow(steps, PlacementStep.AGREE_EARLY_START, beforeStart && mySide.isPresent() && today.isBefore(p.getStartDate())
                && (p.getEarlyStartOn().isEmpty() || p.earlyStartAgreedBy(mySide.get()) == null));
        Steps.allow(steps, PlacementStep.START, beforeStart && coordinator);
        Steps.allow(steps, PlacementStep.CANCEL, beforeStart && coordinator);
        Steps.allow(steps, PlacementStep.RECORD_BRIEFING, beforeStart && (coordinator || host) && !toBrief.isEmpty());
        Steps.allow(steps, PlacementStep.SEND_BRIEFING, beforeStart && (coordinator || host) && !toEmail.isEmpty());
        Steps.allow(steps, PlacementStep.BOOK_MEETING, beforeStart && (coordinator || host));
        Steps.allow(steps, PlacementStep.RESEND_RELEASE, coordinator && (state == PlacementState.PROPOSED
                && p.signOffBy(PlacementParty.LINE_MANAGER).isEmpty() || p.isExtensionAwaitingRelease()));
        Steps.allow(steps, PlacementStep.ACKNOWLEDGE_SCOPE, associate && p.isScopeAwaitingAcknowledgement());
        Steps.allow(steps, PlacementStep.CHECK_IN, active && mySide.isPresent());
        Steps.allow(steps, PlacementStep.RECORD_MID_POINT_REVIEW, active && mySide.isPresent());
        Steps.allow(steps, PlacementStep.AGREE_MID_POINT_REVIEW, active && mySide.isPresent() && p.getMidPointReview() != null
                && p.getMidPointReview().agreedBy(mySide.get()) == null);
        Steps.allow(steps, PlacementStep.PLAN_CLOSE_OUT, active && (coordinator || host));
        Steps.allow(steps, PlacementStep.EXTEND, active && (coordinator || isSponsor(actor, p)) && !p.isExtensionAwaitingRelease());
        Steps.allow(steps, PlacementStep.END_EARLY, active && (coordinator || host));
        Steps.allow(steps, PlacementStep.CLOSE_OUT, active);
        Steps.allow(steps, PlacementStep.GIVE_FEEDBACK, ended && (associate && p.getAssociateRating() == null || host && p.getHostRating() == null));
        Steps.allow(steps, PlacementStep.WRITE_LESSON, active || ended);
        Steps.allow(steps, PlacementStep.DOWNLOAD_SUMMARY, ended);
        Steps.allow(steps, PlacementStep.DOWNLOAD_SCOPE, true);

        ScopingVersion inForce = p.getScopingVersion();
        Optional<ScopingVersion> before = inForce.getDocument().getVersions().stream()
                .filter(v -> v.getNumber() < inForce.getNumber() && v.getAgreedAt() != null)
                .max(Comparator.comparingInt(ScopingVersion::getNumber));
        List<SectionChange> changes = before.map(inForce::differencesFrom).orElse(List.of());

        List<PlacementView.BriefingLine> briefings = toBriefAll.stream().map(s -> {
            Optional<Briefing> b = p.briefingOf(s.getName());
            return new PlacementView.BriefingLine(s.getName(), s.getRole(),
                    s.getOrganisation() == null ? p.getOrganisation().getName() : s.getOrganisation(), s.getEmail(),
                    p.invitationFor(s.getName()).map(BriefingInvitation::getSentAt).orElse(null),
                    b.map(Briefing::getBriefedOn).orElse(null), b.map(Briefing::getBriefedBy).orElse(null),
                    b.map(Briefing::isConfirmedByStakeholder).orElse(false));
        }).toList();
        return new PlacementView(p, steps, signingAs,
                Arrays.stream(PlacementParty.values()).map(party -> new PlacementView.SignOffLine(party, p.signOffBy(party).orElse(null)))
                        .toList(),
                beforeStart ? p.missingForActivation(today) : List.of(), p.risks(today), briefings, toBrief, toEmail,
                before.map(ScopingVersion::getNumber).orElse(null), changes, p.risk().daysDueBy(today),
                auditEvents.historyOf(ENTITY, placementId), callers.displayName(actor),
                p.getEarlyStartOn().map(on -> new PlacementView.EarlyStart(on, p.earlyStartAgreedBy(Side.HOST),
                        p.earlyStartAgreedBy(Side.ASSOCIATE))).orElse(null));
    }


    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR})
    public byte[] summaryPdf(long placementId) {
        Placement placement = find(placementId);
        if (placement.getState() != PlacementState.COMPLETED && placement.getState() != PlacementState.ENDED_EARLY) {
            throw new BusinessRuleException("The summary is ready once the placement is closed out or has ended.");
        }
        return pdfs.assignmentSummary(placement, clock.instant());
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public Page<PlacementSummary> atRisk(PageRequest page) {
        Guard.coordinator(currentUser.actor());
        return summaries(PlacementSearch.atRisk(), page);
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR})
    public PlacementListView listPage(PlacementSearch search, PageRequest page) {
        return new PlacementListView(list(search, page), currentUser.actor().seesEverything());
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR})
    public Page<PlacementSummary> list(PlacementSearch search, PageRequest page) {
        Actor actor = currentUser.actor();
        PlacementSearch asked = search == null ? PlacementSearch.all() : search;
        PlacementSearch scoped;
        if (actor.seesEverything()) {
            scoped = asked;
        } else if (actor.has(Role.HOST)) {
            scoped = asked.forOrganisation(actor.organisationId()).forAssociate(null);
        } else {
            scoped = asked.forOrganisation(null).forAssociate(callers.associate(actor).getId());
        }
        return summaries(scoped, page);
    }

    private Page<PlacementSummary> summaries(PlacementSearch search, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        return placements.summaries(search, today, page).map(s -> s.assessedOn(today));
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR})
    public List<HistoryEntry> history(long placementId) {
        Guard.party(currentUser.actor(), load(placementId));
        return auditEvents.historyOf(ENTITY, placementId);
    }

    /** The need a placement was made for closes when the placement ends, however it ends. */
    private void closeNeed(Need need) {
        if (need.getState() == NeedState.FILLED) {
            need.close();
            transitions.recordSaved(DefaultNeedService.ENTITY, need.getId(), "closed", NeedState.FILLED, NeedState.CLOSED, "Its placement ended");
        }
    }

    private Placement byHostOrCoordinator(long placementId) {
        Placement placement = load(placementId);
        Guard.hostOrCoordinator(currentUser.actor(), placement.getNeed());
        return placement;
    }

    private static boolean isSponsor(Actor actor, Placement placement) {
        return actor.has(Role.HOST) && placement.getNeed().getSponsor().getId().equals(actor.accountId());
    }

    /** The associate placed speaks for the associate's side, the host organisation's contacts for the host's. */
    private static Side sideOf(Actor actor, Placement placement, String what) {
        if (!actor.isSystem() && Guard.isSelf(actor, placement.getAssociate())) {
            return Side.ASSOCIATE;
        }
        if (actor.actsFor(placement.getOrganisation().getId())) {
            return Side.HOST;
        }
        throw new AccessDeniedException("Only the associate placed and the host " + what + " a placement.");
    }

    private Placement recorded(Placement placement, String action, String comment, Consumer<Placement> change) {
        return recorded(placement, action, comment, change, false);
    }

    private Placement recorded(Placement placement, String action, String comment, Consumer<Placement> change, boolean toCoordinators) {
        PlacementState from = placement.getState();
        change.accept(placement);
        transitions.record("placement", ENTITY, placement.getId(), action, from, placement.getState(), comment);
        notifier.aboutPlacement(placement, action, toCoordinators);
        return placement;
    }

    private Placement load(long placementId) {
        return placements.find(placementId).orElseThrow(() -> new NotFoundException("placement"));
    }
}
