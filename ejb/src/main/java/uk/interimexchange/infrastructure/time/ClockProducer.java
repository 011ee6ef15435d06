package uk.interimexchange.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** One clock for every rule that depends on today's date; the programme runs on UK time. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(UK);
    }
}
