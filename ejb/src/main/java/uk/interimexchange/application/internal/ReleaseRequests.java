package uk.interimexchange.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.interimexchange.domain.model.link.LinkPurpose;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.application.port.LinkTokens;

/**
 * Emails a placement's line manager a new release link: on proposal, again when a coordinator asks, and for the
 * demo programme's proposed placement; and, for an extension both sides agreed, a link to release them for longer.
 */
@ApplicationScoped
class ReleaseRequests {

    @Inject
    LinkTokens links;

    @Inject
    Letters letters;

    @Inject
    Transitions transitions;

    /** Emails the link and records who asked. */
    void send(Placement placement) {
        email(placement);
        transitions.recordSaved(DefaultPlacementService.ENTITY, placement.getId(), "release requested", null, null,
                comment(placement));
    }

    /** Asks the line manager to release the associate for the extension host sponsor and coordinator agreed, and records it. */
    void sendForExtension(Placement placement) {
        letters.extensionRelease(placement, links.issue(LinkPurpose.RELEASE_EXTENSION, placement.getId()));
        transitions.recordSaved(DefaultPlacementService.ENTITY, placement.getId(), "extended release requested", null, null,
                "Until " + Letters.UK_DATE.format(placement.getProposedEndDate()) + "; " + comment(placement).toLowerCase());
    }

    private void email(Placement placement) {
        letters.releaseRequest(placement, links.issue(LinkPurpose.RELEASE_PLACEMENT, placement.getId()));
    }

    private static String comment(Placement placement) {
        return "Emailed to the line manager, " + placement.getAssociate().getLineManager().getName();
    }
}
