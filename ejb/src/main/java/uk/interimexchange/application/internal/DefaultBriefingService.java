package uk.interimexchange.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.interimexchange.application.BriefingService;
import uk.interimexchange.application.StakeholderBriefing;
import uk.interimexchange.domain.model.link.LinkPurpose;
import uk.interimexchange.domain.model.link.SingleUseLink;
import uk.interimexchange.domain.model.link.SingleUseLink.LinkRefusedException;
import uk.interimexchange.domain.model.link.SingleUseLink.Refusal;
import uk.interimexchange.domain.model.placement.BriefingInvitation;
import uk.interimexchange.domain.model.placement.FirstDayMeeting;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.placement.PlacementRepository;
import uk.interimexchange.domain.model.scoping.Objective;
import uk.interimexchange.domain.model.scoping.Stakeholder;
import uk.interimexchange.application.port.LinkTokens;

@Stateless
public class DefaultBriefingService implements BriefingService {

    @Inject
    LinkTokens links;

    @Inject
    PlacementRepository placements;

    @Inject
    Transitions transitions;

    @Inject
    Notifier notifier;

    @Inject
    Clock clock;

    @Override
    @PermitAll // the signed single-use link is the authority: stakeholders have no account
    public StakeholderBriefing open(String link) {
        return briefing(invitation(links.usable(LinkPurpose.CONFIRM_BRIEFING, link)));
    }

    @Override
    @PermitAll // the signed single-use link is the authority
    public StakeholderBriefing confirm(String link) {
        SingleUseLink confirmation = links.usable(LinkPurpose.CONFIRM_BRIEFING, link);
        BriefingInvitation invitation = invitation(confirmation);
        Placement placement = invitation.getPlacement();
        confirmation.use(clock.instant());
        placement.confirmBriefing(invitation.getId(), LocalDate.now(clock), clock.instant());
        transitions.recordAs(invitation.getStakeholderName() + " (" + invitation.getEmail() + ") by emailed link", "placement",
                DefaultPlacementService.ENTITY, placement.getId(), "briefing confirmed by " + invitation.getStakeholderName(),
                placement.getState(), placement.getState(), "Briefing sent by " + invitation.getSentBy());
        notifier.aboutPlacement(placement, "briefing confirmed by " + invitation.getStakeholderName(), true);
        return briefing(invitation);
    }

    private BriefingInvitation invitation(SingleUseLink link) {
        return placements.invitation(link.getSubjectId()).orElseThrow(() -> new LinkRefusedException(Refusal.NOT_RECOGNISED));
    }

    /** The briefing as the email told it, from the scope now in force. */
    private StakeholderBriefing briefing(BriefingInvitation invitation) {
        Placement p = invitation.getPlacement();
        Stakeholder stakeholder = p.getScopingVersion().getStakeholders().stream()
                .filter(s -> s.getName().equals(invitation.getStakeholderName())).findFirst()
                .orElseThrow(() -> new LinkRefusedException(Refusal.NOT_RECOGNISED)); // no longer in the scope
        return new StakeholderBriefing(stakeholder.getName(), stakeholder.getRole(), p.getAssociate().getFullName(),
                p.getAssociate().getJobTitle(), p.getOrganisation().getName(), p.getNeed().getTitle(),
                p.getScopingVersion().getObjectives().stream().map(Objective::getDescription).toList(), p.getStartDate(), p.getEndDate(),
                p.getDaysPerWeek().stripTrailingZeros().toPlainString() + " days a week ("
                        + p.getWeekdays().stream().sorted().map(d -> d.getDisplayName(TextStyle.FULL, Locale.UK) + "s")
                        .collect(Collectors.joining(", ")) + ")",
                p.getFirstDayMeetings().stream().sorted(Comparator.comparing(FirstDayMeeting::getAt))
                        .map(m -> new StakeholderBriefing.Meeting(m.getAt(), m.getWithWhom())).toList(),
                invitation.getSentBy(), p.briefingOf(stakeholder.getName()).isPresent());
    }
}
