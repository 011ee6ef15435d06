package uk.interimexchange.infrastructure.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import uk.interimexchange.application.port.Calendars;
import uk.interimexchange.infrastructure.mail.MailSettings;

/** iCalendar through ical4j; times are written in UTC, which every calendar application reads the same way. */
@ApplicationScoped
public class Ical4jCalendars implements Calendars {

    private static final String PRODUCT = "-//Interim Exchange//Interim Exchange//EN";

    @Inject
    MailSettings mail;

    @Inject
    Clock clock;

    @Override
    public String invitation(Event event) {
        Calendar calendar = calendar(event.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(event(event));
        calendar.validate();
        return written(calendar);
    }

    @Override
    public String feed(String name, List<Event> events) {
        Calendar calendar = calendar(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H")); // how often a subscribed calendar should look again
        events.forEach(event -> calendar.add(event(event)));
        return written(calendar);
    }

    /** As RFC 5545 writes it: CRLF line ends, long lines folded at 75 octets. */
    private static String written(Calendar calendar) {
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
        return text.toString();
    }

    private static Calendar calendar(Method method) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        return calendar;
    }

    private VEvent event(Event event) {
        VEvent vevent = new VEvent(event.start(), event.end(), event.summary());
        vevent.replace(new DtStamp(clock.instant()));
        vevent.add(new Uid(event.uid()));
        vevent.add(new Sequence(event.sequence()));
        vevent.add(new Description(event.description()));
        vevent.add(new Location(event.location()));
        vevent.add(new Organizer(URI.create("mailto:" + organiser())));
        for (Attendee person : event.attendees()) {
            net.fortuna.ical4j.model.property.Attendee attendee = new net.fortuna.ical4j.model.property.Attendee(URI.create("mailto:" + person.email()));
            attendee.add(new Cn(person.name()));
            attendee.add(Role.REQ_PARTICIPANT);
            attendee.add(PartStat.NEEDS_ACTION);
            attendee.add(Rsvp.FALSE);
            vevent.add(attendee);
        }
        vevent.add(event.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return vevent;
    }

    /** The programme's own address, from the From line of its emails. */
    private String organiser() {
        try {
            return new InternetAddress(mail.from()).getAddress();
        } catch (AddressException unreadable) {
            return "no-reply@interim-exchange.localhost";
        }
    }
}
