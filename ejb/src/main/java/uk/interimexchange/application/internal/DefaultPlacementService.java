package uk.interimexchange.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import uk.interimexchange.application.AccessDeniedException;
import uk.interimexchange.application.Actor;
import uk.interimexchange.application.CurrentUser;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.application.Roles;
import uk.interimexchange.application.PlacementService;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.audit.AuditEvent;
import uk.interimexchange.domain.model.audit.AuditRepository;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.placement.CheckIn;
import uk.interimexchange.domain.model.placement.CheckInReport;
import uk.interimexchange.domain.model.placement.CloseOut;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.placement.PlacementParty;
import uk.interimexchange.domain.model.placement.PlacementRepository;
import uk.interimexchange.domain.model.placement.PlacementState;
import uk.interimexchange.domain.model.placement.Side;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;
import uk.interimexchange.infrastructure.pdf.AssignmentSummaryPdf;

@Stateless
public class DefaultPlacementService implements PlacementService {

    static final String ENTITY = "Placement";

    @Inject
    Notifier notifier;

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
                if (!actor.isSystem() && !placement.getNeed().getSponsor().getId().equals(actor.accountId())) {
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
    public Placement recordBriefing(long placementId, String stakeholderName, LocalDate briefedOn) {
        Placement placement = byHostOrCoordinator(placementId);
        String by = callers.displayName(currentUser.actor());
        return recorded(placement, "briefing recorded", stakeholderName + " briefed on " + briefedOn,
                p -> p.recordBriefing(stakeholderName, briefedOn, by));
    }

    @Override
    @RolesAllowed({Roles.HOST, Roles.COORDINATOR})
    public Placement bookFirstDayMeeting(long placementId, String withWhom, LocalDateTime at) {
        return recorded(byHostOrCoordinator(placementId), "first-day meeting booked", withWhom + " at " + at,
                p -> p.bookFirstDayMeeting(withWhom, at));
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public Placement activate(long placementId) {
        Guard.coordinator(currentUser.actor());
        return recorded(load(placementId), "started", null, Placement::activate);
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
    @RolesAllowed({Roles.HOST, Roles.COORDINATOR})
    public Placement agreeExtension(long placementId, LocalDate newEndDate) {
        Actor actor = currentUser.actor();
        Placement placement = load(placementId);
        PlacementParty party;
        if (actor.has(Role.COORDINATOR)) {
            party = PlacementParty.COORDINATOR;
        } else if (placement.getNeed().getSponsor().getId().equals(actor.accountId())) {
            party = PlacementParty.HOST_SPONSOR;
        } else {
            throw new AccessDeniedException("Only the host sponsor and a coordinator agree an extension.");
        }
        return recorded(placement, "extension agreed by " + party.getLabel().toLowerCase(), "New end date " + newEndDate,
                p -> p.agreeExtension(party, newEndDate));
    }

    @Override
    @RolesAllowed({Roles.HOST, Roles.COORDINATOR})
    public Placement endEarly(long placementId, String reason) {
        Placement placement = recorded(byHostOrCoordinator(placementId), "ended early", reason, p -> p.endEarly(reason, clock.instant()));
        closeNeed(placement.getNeed());
        return placement;
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public Placement cancel(long placementId, String reason) {
        Guard.coordinator(currentUser.actor());
        return recorded(load(placementId), "cancelled", reason, p -> p.cancel(reason));
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR})
    public Placement complete(long placementId, CloseOut closeOut) {
        Placement placement = Guard.party(currentUser.actor(), load(placementId));
        recorded(placement, "closed out", null, p -> p.complete(closeOut, clock.instant()));
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
    public byte[] summaryPdf(long placementId) {
        Placement placement = find(placementId);
        if (placement.getState() != PlacementState.COMPLETED && placement.getState() != PlacementState.ENDED_EARLY) {
            throw new BusinessRuleException("The summary is ready once the placement is closed out or has ended.");
        }
        return AssignmentSummaryPdf.of(placement, clock.instant());
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public Page<Placement> atRisk(PageRequest page) {
        Guard.coordinator(currentUser.actor());
        return placements.atRisk(page);
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR})
    public Page<Placement> search(PlacementState state, PageRequest page) {
        Actor actor = currentUser.actor();
        if (actor.seesEverything()) {
            return placements.search(state, null, null, page);
        }
        if (actor.has(Role.HOST)) {
            return placements.search(state, actor.organisationId(), null, page);
        }
        return placements.search(state, null, callers.associate(actor).getId(), page);
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR})
    public List<AuditEvent> history(long placementId) {
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
        PlacementState from = placement.getState();
        change.accept(placement);
        transitions.record("placement", ENTITY, placement.getId(), action, from, placement.getState(), comment);
        notifier.aboutPlacement(placement, action);
        return placement;
    }

    private Placement load(long placementId) {
        return placements.find(placementId).orElseThrow(() -> new NotFoundException("placement"));
    }
}
