package uk.interimexchange.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import uk.interimexchange.infrastructure.time.ClockProducer;

/** In the integration tests the application's clock can be moved on, so expiry is tested without waiting. */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 10)
@ApplicationScoped
public class TestClock {

    private volatile Duration ahead = Duration.ZERO;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new MovableClock(this, ClockProducer.UK);
    }

    public void moveOn(Duration by) {
        ahead = ahead.plus(by);
    }

    public void reset() {
        ahead = Duration.ZERO;
    }

    private static final class MovableClock extends Clock {

        private final TestClock owner;
        private final ZoneId zone;

        MovableClock(TestClock owner, ZoneId zone) {
            this.owner = owner;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId newZone) {
            return new MovableClock(owner, newZone);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(owner.ahead);
        }
    }
}
