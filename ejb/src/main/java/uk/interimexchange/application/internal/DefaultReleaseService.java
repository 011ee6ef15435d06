package uk.interimexchange.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import uk.interimexchange.application.CurrentUser;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.application.ReleaseRequest;
import uk.interimexchange.application.ReleaseService;
import uk.interimexchange.application.Roles;
import uk.interimexchange.domain.model.link.LinkPurpose;
import uk.interimexchange.domain.model.link.SingleUseLink;
import uk.interimexchange.domain.model.link.SingleUseLink.LinkRefusedException;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.placement.PlacementParty;
import uk.interimexchange.domain.model.placement.PlacementRepository;
import uk.interimexchange.domain.model.placement.PlacementState;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.infrastructure.security.SingleUseLinks;

@Stateless
public class DefaultReleaseService implements ReleaseService {

    @Inject
    SingleUseLinks links;

    @Inject
    PlacementRepository placements;

    @Inject
    ReleaseRequests releaseRequests;

    @Inject
    Transitions transitions;

    @Inject
    Notifier notifier;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Override
    @PermitAll // the signed single-use link is the authority: the line manager has no account
    public ReleaseRequest open(String link) {
        SingleUseLink release = links.usable(LinkPurpose.RELEASE_PLACEMENT, link);
        Placement p = placement(release);
        return new ReleaseRequest(p.getAssociate().getLineManager().getName(), p.getAssociate().getFullName(),
                p.getNeed().getTitle(), p.getOrganisation().getName(), p.getStartDate(), p.getEndDate(),
                p.getDaysPerWeek(), p.getWeekdays().stream().sorted().map(d -> d.getDisplayName(TextStyle.FULL, Locale.UK))
                        .collect(Collectors.joining(", ")), p.getFunding().getLabel(), release.getExpiresAt());
    }

    @Override
    @PermitAll // the signed single-use link is the authority
    public Placement approve(String link, String comment) {
        return answer(link, "release approved by line manager ", comment,
                (placement, lineManager) -> placement.signOff(PlacementParty.LINE_MANAGER, lineManager, comment, clock.instant()));
    }

    @Override
    @PermitAll // the signed single-use link is the authority
    public Placement decline(String link, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("Say why you cannot release them; the associate and coordinator will see it");
        }
        return answer(link, "release declined by line manager ", reason,
                (placement, lineManager) -> placement.declineRelease(lineManager, reason));
    }

    /** Spends the link and records the line manager's answer, in the same transaction. */
    private Placement answer(String link, String action, String comment, BiConsumer<Placement, String> change) {
        SingleUseLink release = links.usable(LinkPurpose.RELEASE_PLACEMENT, link);
        Placement placement = placement(release);
        String lineManager = placement.getAssociate().getLineManager().getName();
        release.use(clock.instant());
        PlacementState from = placement.getState();
        change.accept(placement, lineManager);
        transitions.recordAs("line manager " + placement.getAssociate().getLineManager().getEmail() + " by emailed link",
                "placement", DefaultPlacementService.ENTITY, placement.getId(), action + lineManager, from,
                placement.getState(), comment);
        notifier.aboutRelease(placement, action + lineManager + (comment == null || comment.isBlank() ? "" : " (“" + comment.strip() + "”)"));
        return placement;
    }

    @Override
    @RolesAllowed(Roles.COORDINATOR)
    public void resend(long placementId) {
        Guard.coordinator(currentUser.actor());
        Placement placement = placements.find(placementId).orElseThrow(() -> new NotFoundException("placement"));
        if (placement.getState() != PlacementState.PROPOSED || placement.signOffBy(PlacementParty.LINE_MANAGER).isPresent()) {
            throw new BusinessRuleException("The line manager's release is only asked for while the placement is proposed"
                    + " and they have not yet answered.");
        }
        releaseRequests.send(placement);
    }

    private Placement placement(SingleUseLink release) {
        return placements.find(release.getSubjectId()).orElseThrow(() -> new LinkRefusedException(SingleUseLink.Refusal.NOT_RECOGNISED));
    }
}
