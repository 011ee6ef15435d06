package uk.interimexchange.domain.model.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The emails waiting to go and those gone. Claiming is atomic in the database, so with several nodes each
 * email is handed to the mail server by one of them only.
 */
public interface Outbox {

    /** Queues an email in the caller's transaction. */
    void queue(Email email);

    /** Ids of emails due an attempt now: queued and due, or claimed by a node that stopped before finishing. */
    List<Long> due(Instant now, int max);

    /** Claims one email for this node until {@code until}; false when another node got there first. */
    boolean claim(long emailId, String node, Instant now, Instant until);

    /** The claimed email was accepted by the mail server. */
    void sent(long emailId, String node, Instant now);

    /** The attempt failed: back in the queue, to be tried again at {@code nextAttempt}. */
    void failed(long emailId, String node, String error, Instant nextAttempt);

    Email find(long emailId);

    /**
     * Puts back in the queue, due now, what {@code node} had claimed: called as the node starts, when nothing it
     * claimed before can still be in flight. Returns how many.
     */
    int releaseClaimsOf(String node, Instant now);

    /** When the email that has waited longest to be sent was queued; empty when every email is sent. */
    Optional<Instant> oldestUnsent();

    /** The newest emails first, for the developer mailbox. */
    List<Email> newest(int max);
}
