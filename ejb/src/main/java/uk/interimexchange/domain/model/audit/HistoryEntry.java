package uk.interimexchange.domain.model.audit;

import java.time.Instant;

/**
 * One line of a record's history as people read it: who did it by name, not by the email address the audit trail
 * keeps.
 *
 * @param actor     who the audit trail says acted: an account's email address, "system", or the name of someone
 *                  without an account (a line manager answering through their link)
 * @param actorName the full name of the account with that email address, or null when there is none
 */
public record HistoryEntry(Instant occurredAt, String action, String fromState, String toState, String actor, String actorName,
                           String comment) {

    /** The name to show: the account holder's name, "Interim Exchange" for what the programme did itself, or as recorded. */
    public String who() {
        if (actorName != null) {
            return actorName;
        }
        return "system".equals(actor) ? "Interim Exchange" : "anonymous".equals(actor) ? "Someone not signed in" : actor;
    }
}
