package uk.interimexchange.application.port;

import java.time.Instant;
import uk.interimexchange.domain.model.account.UserAccount;

/** Takes personal data out of the records, in the caller's transaction: all of what is asked, or none of it. */
public interface PersonalDataRemoval {

    /**
     * Removes an account that never became a person's working account (its email address never confirmed) and every
     * trace of its personal data: its draft profile, its links, the emails written to it, and its address in the audit
     * trail, which keeps the entries under {@code replacement} so the history still reads.
     */
    void removeNeverConfirmed(UserAccount account, String replacement);

    /**
     * Before an account is erased: its address leaves the audit trail and the outbox, its links and notifications go,
     * and where its name was written down by value (sign-offs, check-ins, briefings, notifications, emails and the
     * audit trail's comments) it becomes {@link UserAccount#formerly()}. Only in the records of placements the person
     * could have taken part in, so a namesake elsewhere keeps their name.
     */
    void eraseTraces(UserAccount account, Long associateId);

    /**
     * A placement closed long enough ago keeps only what the programme's figures and library need: dates, days,
     * outcomes, deliverables and ratings. Names, contact details, feedback comments, check-in notes and the applicants'
     * statements go. False if it was done already.
     */
    boolean removeClosedPlacementDetail(long placementId, Instant now);
}
