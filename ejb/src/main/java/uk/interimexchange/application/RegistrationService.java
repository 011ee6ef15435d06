package uk.interimexchange.application;

import uk.interimexchange.domain.model.account.AccountStatus;

/**
 * Opening an account without one: self-registration, the emailed address check, and password reset. Each is
 * public; the emailed single-use link is what proves the person is who they say.
 */
public interface RegistrationService {

    /**
     * An associate registers: the account waits for its address to be confirmed, and the profile starts as a
     * draft. The reply is the same when the address already has an account (its owner is emailed instead).
     */
    void registerAssociate(Registration registration);

    /** A host contact registers for the organisation they name, and waits for a coordinator or admin to approve them. */
    void registerHost(Registration registration, long organisationId);

    /** The person followed the link emailed to them; returns what their account is now (open, or awaiting approval). */
    AccountStatus verifyEmail(String link);

    /** Emails a reset link when the address has an account; the caller is told the same either way. */
    void requestPasswordReset(String email);

    /** Whether a reset link can still be used, before asking for the new password; refuses it when not. */
    void checkResetLink(String link);

    /** Sets the new password through the reset link, which then stops working. */
    void resetPassword(String link, char[] newPassword);

    /** Refuses a cohort invitation's link that is made up, used or expired, before a password is asked for. */
    void checkInvitation(String link);

    /** Someone invited with a cohort chooses their password through the emailed link; they then sign in and complete their profile. */
    void joinCohort(String link, char[] password);

    /**
     * The operator names the first administrator when the programme is set up ({@code interim.first-admin}): an
     * account with that address is opened as an administrator and emailed a link to choose its password. Nothing
     * happens when the address already has an account. Answers whether an account was opened. Run as the system.
     */
    boolean provisionAdministrator(String email, String fullName);
}
