package uk.interimexchange.domain.model.mail;

public enum EmailState {
    /** Waiting in the outbox for its next attempt. */
    QUEUED,
    /** Claimed by one node's sender, which is handing it to the mail server now. */
    SENDING,
    /** Accepted by the mail server. */
    SENT
}
