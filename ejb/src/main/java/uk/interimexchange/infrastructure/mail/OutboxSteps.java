package uk.interimexchange.infrastructure.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import uk.interimexchange.domain.model.mail.Email;
import uk.interimexchange.domain.model.mail.Outbox;

/**
 * Each step of sending commits on its own, so a claim is visible to the other nodes before the mail server is
 * contacted, and the outcome is saved whatever happens to the next email. Only the sender calls these: the
 * bean has no remote or web view.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxSteps {

    @Inject
    Outbox outbox;

    public List<Long> due(Instant now, int max) {
        return outbox.due(now, max);
    }

    /** The claimed email, or null when another node claimed it first. */
    public Email claim(long emailId, String node, Instant now, Instant until) {
        return outbox.claim(emailId, node, now, until) ? outbox.find(emailId) : null;
    }

    public int releaseClaimsOf(String node, Instant now) {
        return outbox.releaseClaimsOf(node, now);
    }

    public void sent(long emailId, String node, Instant now) {
        outbox.sent(emailId, node, now);
    }

    public void failed(long emailId, String node, String error, Instant nextAttempt) {
        outbox.failed(emailId, node, error, nextAttempt);
    }
}
