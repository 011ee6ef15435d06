package uk.interimexchange.application;

/** What the programme keeps no longer than it needs, run by the application itself on a schedule. */
public interface RetentionService {

    /** Accounts never confirmed removed after this many days (said in the privacy notice). */
    int NEVER_CONFIRMED_DAYS = 30;

    /** A closed placement's personal detail is kept this many months by default: NHS records guidance's six years. */
    int CLOSED_PLACEMENT_MONTHS = 72;

    /** Removes the accounts whose email address was never confirmed within {@value #NEVER_CONFIRMED_DAYS} days; answers how many. */
    int removeNeverConfirmed();

    /**
     * Takes the names, contact details and comments out of placements closed longer ago than {@link #closedPlacementMonths()},
     * keeping what the figures and the library need; answers how many placements.
     */
    int removeClosedPlacementDetail();

    /** How many months a closed placement's personal detail is kept (INTERIM_RETENTION_CLOSED_PLACEMENT_MONTHS), for the privacy notice. */
    int closedPlacementMonths();
}
