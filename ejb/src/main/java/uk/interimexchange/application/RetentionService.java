package uk.interimexchange.application;

/** What the programme keeps no longer than it needs, run by the application itself on a schedule. */
public interface RetentionService {

    /** Accounts never confirmed removed after this many days (said in the privacy notice). */
    int NEVER_CONFIRMED_DAYS = 30;

    /** Removes the accounts whose email address was never confirmed within {@value #NEVER_CONFIRMED_DAYS} days; answers how many. */
    int removeNeverConfirmed();
}
