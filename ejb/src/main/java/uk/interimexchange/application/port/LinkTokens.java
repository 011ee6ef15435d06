package uk.interimexchange.application.port;

import java.time.Duration;
import uk.interimexchange.domain.model.link.LinkPurpose;
import uk.interimexchange.domain.model.link.SingleUseLink;

/**
 * The tokens in emailed single-use links: made for one purpose and subject, and read back, refusing any that are made
 * up, altered, meant for something else, used or expired ({@code SingleUseLink.LinkRefusedException}).
 */
public interface LinkTokens {

    /** A new link for {@code purpose} on {@code subjectId}; earlier unused ones for the same stop working. */
    String issue(LinkPurpose purpose, long subjectId);

    /** Whether an unused link for the same went out less than {@code interval} ago: then no new email is sent so soon. */
    boolean sentWithin(LinkPurpose purpose, long subjectId, Duration interval);

    /** The link a token stands for, whether or not it can still be used. */
    SingleUseLink open(LinkPurpose purpose, String token);

    /** The link a token stands for, refused as well when it has been used or has expired. */
    SingleUseLink usable(LinkPurpose purpose, String token);

    /** A new random secret (256 bits, safe in an address) for a link that is used again and again, such as a calendar feed. */
    String newSecret();

    /** The hash kept of such a secret, by which it is looked up: the secret itself is never stored. */
    String hashOf(String secret);
}
