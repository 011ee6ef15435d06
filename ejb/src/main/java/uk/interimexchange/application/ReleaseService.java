package uk.interimexchange.application;

import uk.interimexchange.domain.model.placement.Placement;

/**
 * The line manager's release of an associate, through the single-use, expiring, signed link emailed to them
 * when a placement is proposed, and again when both sides agree to extend it. They have no account: holding a
 * valid link is the authority. A used, expired, altered or made-up link is refused and changes nothing.
 */
public interface ReleaseService {

    /** What the link asks the line manager to approve; the link is not used up by looking. */
    ReleaseRequest open(String link);

    /**
     * The line manager releases the associate: their sign-off is the fourth a placement needs; for an extension,
     * the new end date takes effect.
     */
    Placement approve(String link, String comment);

    /**
     * The line manager does not release the associate: the placement stops, with their reason kept; for an
     * extension, the end date stays as it was.
     */
    Placement decline(String link, String reason);

    /**
     * A coordinator sends the line manager a fresh link (the earlier one stops working), e.g. when it expired: for
     * the release while the placement is proposed, or for an extension waiting for their answer.
     */
    void resend(long placementId);

    /**
     * The programme itself asks the line manager of a proposed placement for their release, as a coordinator's
     * proposal does; for placements that arrive already proposed (the demonstration programme). Run as the system.
     */
    void request(long placementId);
}
