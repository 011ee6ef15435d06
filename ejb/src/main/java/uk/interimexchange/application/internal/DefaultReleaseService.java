package uk.interimexchange.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.interimexchange.application.CurrentUser;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.application.ReleaseRequest;
import uk.interimexchange.application.ReleaseService;
import uk.interimexchange.application.Roles;
import uk.interimexchange.domain.model.link.LinkPurpose;
import uk.interimexchange.domain.model.link.SingleUseLink;
import uk.interimexchange.domain.model.link.SingleUseLink.LinkRefusedException;
import uk.interimexchange.domain.model.link.SingleUseLink.Refusal;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.placement.PlacementParty;
import uk.interimexchange.domain.model.placement.PlacementRepository;
import uk.interimexchange.domain.model.placement.PlacementState;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.application.port.LinkTokens;

@Stateless
public class DefaultReleaseService implements ReleaseService {

    @Inject
    LinkTokens links;

    @Inject
    PlacementRepository placements;

    @Inject
    ReleaseRequests releaseRequests;

    @Inject
    Transitions transitions;

    @Inject
    Notifier notifier;

    @Inject
    Invitations invitations;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Override
    @PermitAll // the signed single-use link is the authority: the line manager has no account
    public ReleaseRequest open(String link) {
        SingleUseLink release = usable(link);
        Placement p = placement(release);
        boolean extension = release.getPurpose() == LinkPurpose.RELEASE_EXTENSION;
        if (extension && !p.isExtensionAwaitingRelease()) {
            throw new LinkRefusedException(Refusal.USED); // answered already, or the placement has ended
        }
        return new ReleaseRequest(p.getAssociate().getLineManager().getName(), p.getAssociate().getFullName(),
                p.getNeed().getTitle(), p.getOrganisation().getName(), p.getStartDate(), p.getEndDate(),
                p.getDaysPerWeek(), p.getWeekdays().stream().sorted().map(d -> d.getDisplayName(TextStyle.FULL, Locale.UK))
                        .collect(Collectors.joining(", ")), p.getFunding().getLabel(), release.getExpiresAt(),
                extension ? p.getProposedEndDate() : null);
    }

    @Override
    @PermitAll // the signed single-use link is the authority
    public Placement approve(String link, String comment) {
        SingleUseLink release = usable(link);
        Placement placement = placement(release);
        String lineManager = placement.getAssociate().getLineManager().getName();
        if (release.getPurpose() == LinkPurpose.RELEASE_EXTENSION) {
            LocalDate to = placement.getProposedEndDate();
            return answer(release, placement, "extended release approved by line manager " + lineManager, comment,
                    "extension to " + Letters.UK_DATE.format(to) + " approved by line manager " + lineManager, Placement::approveExtension);
        }
        return answer(release, placement, "release approved by line manager " + lineManager, comment,
                "release approved by line manager " + lineManager,
                p -> p.signOff(PlacementParty.LINE_MANAGER, lineManager, comment, clock.instant()));
    }

    @Override
    @PermitAll // the signed single-use link is the authority
    public Placement decline(String link, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("Say why you cannot release them; the associate and coordinator will see it");
        }
        SingleUseLink release = usable(link);
        Placement placement = placement(release);
        String lineManager = placement.getAssociate().getLineManager().getName();
        if (release.getPurpose() == LinkPurpose.RELEASE_EXTENSION) {
            LocalDate to = placement.getProposedEndDate();
            return answer(release, placement, "extended release declined by line manager " + lineManager, reason,
                    "extension to " + Letters.UK_DATE.format(to) + " declined by line manager " + lineManager
                            + "; it still ends on " + Letters.UK_DATE.format(placement.getEndDate()), Placement::declineExtension);
        }
        return answer(release, placement, "release declined by line manager " + lineManager, reason,
                "release declined by line manager " + lineManager, p -> {
                    p.declineRelease(lineManager, reason);
                    invitations.firstDayMeetingsCalledOff(p, "the placement will not go ahead: the associate's line manager could not release them");
                });
    }

    /** Spends the link and records the line manager's answer, in the same transaction, and tells those it concerns. */
    private Placement answer(SingleUseLink release, Placement placement, String action, String comment, String told,
            java.util.function.Consumer<Placement> change) {
        release.use(clock.instant());
        PlacementState from = placement.getState();
        change.accept(placement);
        transitions.recordAs("line manager " + placement.getAssociate().getLineManager().getEmail() + " by emailed link",
                "placement", DefaultPlacementService.ENTITY, placement.getId(), action, from, placement.getState(), comment);
        notifier.aboutRelease(placement, told + (comment == null || comment.isBlank() ? "" : " (“" + comment.strip() + "”)"));
        return placement;
    }

    @Override
    @RolesAllowed(Roles.COORDINATOR)
    public void resend(long placementId) {
        Guard.coordinator(currentUser.actor());
        Placement placement = placements.find(placementId).orElseThrow(() -> new NotFoundException("placement"));
        if (placement.isExtensionAwaitingRelease()) {
            releaseRequests.sendForExtension(placement);
            return;
        }
        if (placement.getState() != PlacementState.PROPOSED || placement.signOffBy(PlacementParty.LINE_MANAGER).isPresent()) {
            throw new BusinessRuleException("The line manager's release is only asked for while the placement is proposed"
                    + " and they have not yet answered, or while an extension waits for them.");
        }
        releaseRequests.send(placement);
    }

    @Override
    @RolesAllowed(Roles.SYSTEM)
    public void request(long placementId) {
        Placement placement = placements.find(placementId).orElseThrow(() -> new NotFoundException("placement"));
        if (placement.getState() != PlacementState.PROPOSED) {
            throw new BusinessRuleException("The line manager's release is only asked for while the placement is proposed.");
        }
        releaseRequests.send(placement);
    }

    /** A link for the release of a placement or of its extension; either is refused if used, expired or altered. */
    private SingleUseLink usable(String link) {
        try {
            return links.usable(LinkPurpose.RELEASE_PLACEMENT, link);
        } catch (LinkRefusedException notThatOne) {
            if (notThatOne.getRefusal() != Refusal.NOT_RECOGNISED) {
                throw notThatOne;
            }
            return links.usable(LinkPurpose.RELEASE_EXTENSION, link);
        }
    }

    private Placement placement(SingleUseLink release) {
        return placements.find(release.getSubjectId()).orElseThrow(() -> new LinkRefusedException(Refusal.NOT_RECOGNISED));
    }
}
