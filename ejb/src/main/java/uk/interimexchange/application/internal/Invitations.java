package uk.interimexchange.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.interimexchange.application.port.Calendars;
import uk.interimexchange.application.port.Calendars.Attendee;
import uk.interimexchange.application.port.Calendars.Event;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.application.Application;
import uk.interimexchange.domain.model.application.InterviewFormat;
import uk.interimexchange.domain.model.placement.FirstDayMeeting;
import uk.interimexchange.domain.model.placement.Placement;

/**
 * Puts interviews and first-day meetings in people's calendars: each is emailed as an invitation with an iCalendar
 * attached, sent again (one version later) when it moves, and as a cancellation when it is called off. Each
 * meeting keeps one identity for its life, so calendars update the entry they hold. Queued in the caller's
 * transaction, like every email. Times are the programme's own (UK) time.
 */
@ApplicationScoped
class Invitations {

    /** How long a meeting holds in a calendar. */
    static final Duration MEETING = Duration.ofHours(1);

    private static final String DOMAIN = "@interim-exchange";

    @Inject
    Calendars calendars;

    @Inject
    Letters letters;

    @Inject
    Clock clock;

    /** The interview arranged for an application, or arranged again: to the applicant. */
    void interviewArranged(Application application) {
        UserAccount applicant = application.getAssociate().getAccount();
        Event event = interview(application);
        letters.invitation(applicant, event.summary(), application.getInterviewAt(), event.description(),
                "/applications/" + application.getId(), calendars.invitation(event));
    }

    /** The application closed before its interview: the interview comes out of the applicant's calendar. */
    void interviewCalledOff(Application application, String why) {
        if (!application.hasInterviewAfter(LocalDateTime.now(clock))) {
            return;
        }
        Event event = interview(application).cancel();
        letters.invitationCancelled(application.getAssociate().getAccount(), event.summary(), application.getInterviewAt(), why,
                "/applications/" + application.getId(), calendars.invitation(event));
    }

    /** The newest first-day meeting booked for a placement: to the associate and the host sponsor. */
    void firstDayMeetingBooked(Placement placement) {
        int index = placement.getFirstDayMeetings().size() - 1;
        FirstDayMeeting meeting = placement.getFirstDayMeetings().get(index);
        Event event = firstDayMeeting(placement, meeting, index);
        String calendar = calendars.invitation(event);
        for (UserAccount person : parties(placement)) {
            letters.invitation(person, event.summary(), meeting.getAt(), event.description(), "/placements/" + placement.getId(), calendar);
        }
    }

    /** The placement will not go ahead: its first-day meetings still to come come out of both sides' calendars. */
    void firstDayMeetingsCalledOff(Placement placement, String why) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<FirstDayMeeting> meetings = placement.getFirstDayMeetings();
        for (int index = 0; index < meetings.size(); index++) {
            FirstDayMeeting meeting = meetings.get(index);
            if (meeting.getAt().isAfter(now)) {
                Event event = firstDayMeeting(placement, meeting, index).cancel();
                String calendar = calendars.invitation(event);
                for (UserAccount person : parties(placement)) {
                    letters.invitationCancelled(person, event.summary(), meeting.getAt(), why, "/placements/" + placement.getId(), calendar);
                }
            }
        }
    }

    /** The interviews of a coordinator's feed. */
    String interviewFeed(List<Application> interviews) {
        return calendars.feed("Interim Exchange interviews", interviews.stream().map(this::interview).toList());
    }

    private Event interview(Application application) {
        UserAccount applicant = application.getAssociate().getAccount();
        String need = application.getNeed().getTitle();
        String host = application.getNeed().getOrganisation().getName();
        InterviewFormat format = application.getInterviewFormat();
        String where = format == InterviewFormat.IN_PERSON && application.getNeed().getSite() != null
                ? application.getNeed().getSite() + ", " + host : format.getLabel();
        LocalDateTime at = application.getInterviewAt();
        return new Event("interview-" + application.getId() + DOMAIN, application.getInterviewSequence(), at.atZone(clock.getZone()).toInstant(),
                at.plus(MEETING).atZone(clock.getZone()).toInstant(), "Interview: " + applicant.getFullName() + " for “" + need + "”",
                format.getLabel() + " interview of " + applicant.getFullName() + " for the interim assignment “" + need + "” at " + host + ".",
                where, List.of(new Attendee(applicant.getFullName(), applicant.getEmail())), false);
    }

    private Event firstDayMeeting(Placement placement, FirstDayMeeting meeting, int index) {
        String associate = placement.getAssociate().getFullName();
        String host = placement.getOrganisation().getName();
        List<Attendee> attendees = new ArrayList<>();
        for (UserAccount person : parties(placement)) {
            attendees.add(new Attendee(person.getFullName(), person.getEmail()));
        }
        String site = placement.getNeed().getSite();
        return new Event("placement-" + placement.getId() + "-meeting-" + index + DOMAIN, 0,
                meeting.getAt().atZone(clock.getZone()).toInstant(), meeting.getAt().plus(MEETING).atZone(clock.getZone()).toInstant(),
                "First day: " + associate + " meets " + meeting.getWithWhom(),
                "A meeting on " + associate + "'s first day of the interim assignment “" + placement.getNeed().getTitle() + "” at " + host
                        + ", with " + meeting.getWithWhom() + ".",
                site == null ? host : site + ", " + host, attendees, false);
    }

    private static List<UserAccount> parties(Placement placement) {
        return List.of(placement.getAssociate().getAccount(), placement.getNeed().getSponsor());
    }
}
