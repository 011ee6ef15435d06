package uk.interimexchange.domain.model.link;

import java.time.Duration;

/** What a single-use link lets its holder do, and for how long. */
public enum LinkPurpose {
    VERIFY_EMAIL(Duration.ofDays(2)),
    RESET_PASSWORD(Duration.ofMinutes(60)),
    RELEASE_PLACEMENT(Duration.ofDays(14)),
    /** The line manager releases the associate for an extension both sides agreed. */
    RELEASE_EXTENSION(Duration.ofDays(14)),
    /** A stakeholder confirms they have read the briefing the host emailed them. */
    CONFIRM_BRIEFING(Duration.ofDays(28)),
    /** Someone invited with a cohort chooses their password; people take days to get round to it. */
    JOIN_COHORT(Duration.ofDays(14));

    private final Duration validFor;

    LinkPurpose(Duration validFor) {
        this.validFor = validFor;
    }

    public Duration validFor() {
        return validFor;
    }
}
