package uk.interimexchange.application.port;

import java.time.Instant;
import java.util.List;

/**
 * Writes meetings as iCalendar (RFC 5545): invitations sent by email (RFC 5546: a request to put an event in a
 * calendar, update it, or take it out) and the feeds calendar applications subscribe to. The organiser is the
 * programme's own mail address.
 */
public interface Calendars {

    /** An invitation to {@code event} (METHOD:REQUEST), or its cancellation (METHOD:CANCEL) when it is cancelled. */
    String invitation(Event event);

    /** Events a calendar application subscribes to and refreshes by itself (METHOD:PUBLISH), under {@code name}. */
    String feed(String name, List<Event> events);

    /**
     * One meeting. The {@code uid} stays the same for the life of the meeting and {@code sequence} grows with each
     * change, so a calendar moves or removes the meeting it already holds rather than add another.
     */
    record Event(String uid, int sequence, Instant start, Instant end, String summary, String description, String location,
            List<Attendee> attendees, boolean cancelled) {

        public Event {
            attendees = List.copyOf(attendees);
        }

        /** The same meeting, cancelled: one version later. */
        public Event cancel() {
            return new Event(uid, sequence + 1, start, end, summary, description, location, attendees, true);
        }
    }

    /** Someone invited. */
    record Attendee(String name, String email) {
    }
}
