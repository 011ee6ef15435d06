package uk.interimexchange.application;

/**
 * Calendars people subscribe to. A coordinator's interviews in the next seven days are a feed their calendar
 * application reads by itself, at a secret address of their own that they can replace at any time.
 */
public interface CalendarService {

    /** Whether the caller has an interview feed to subscribe to (coordinators do). */
    boolean offersInterviewFeed();

    /**
     * A new secret address for the caller's interview feed; the one before stops working at once. Only a hash of the
     * secret is kept, so the address is shown this once.
     */
    String newInterviewFeed();

    /**
     * The interviews in the next seven days, as iCalendar, for the secret of a coordinator's feed address. A secret
     * that is not one, or that belongs to someone no longer an active coordinator, finds nothing ({@link NotFoundException}).
     */
    String interviewFeed(String secret);
}
