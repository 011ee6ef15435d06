package uk.interimexchange.domain.model.link;

import java.time.Duration;

/** What a single-use link lets its holder do, and for how long. */
public enum LinkPurpose {
    VERIFY_EMAIL(Duration.ofDays(2)),
    RESET_PASSWORD(Duration.ofMinutes(60)),
    RELEASE_PLACEMENT(Duration.ofDays(14));

    private final Duration validFor;

    LinkPurpose(Duration validFor) {
        this.validFor = validFor;
    }

    public Duration validFor() {
        return validFor;
    }
}
