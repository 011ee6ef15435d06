package uk.interimexchange.infrastructure.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.interimexchange.application.ReminderService;
import uk.interimexchange.application.Roles;
import uk.interimexchange.infrastructure.time.ClockProducer;

/**
 * Runs a reminder round on a calendar timer, by default at five past each hour from 07:05 to 19:05 UK time. The
 * timer is not persistent, so it fires on every node (a persistent one would need Hazelcast and fire on one); the
 * reminders' unique record is what makes each go once. A round missed while the server was down costs nothing:
 * the next one finds the same reminders still due.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@RunAs(Roles.SYSTEM)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

    @Resource
    TimerService timers;

    @EJB
    ReminderService reminders;

    @Inject
    @ConfigProperty(name = "interim.reminders.scheduled", defaultValue = "true")
    boolean scheduled;

    @Inject
    @ConfigProperty(name = "interim.reminders.hours", defaultValue = "7-19")
    String hours;

    @Inject
    @ConfigProperty(name = "interim.reminders.minute", defaultValue = "5")
    String minute;

    @PostConstruct
    void start() {
        if (!scheduled) {
            LOG.info("Reminder rounds are not scheduled (interim.reminders.scheduled=false).");
            return;
        }
        ScheduleExpression when = new ScheduleExpression().hour(hours).minute(minute).timezone(ClockProducer.UK.getId());
        timers.createCalendarTimer(when, new TimerConfig("reminder round", false));
        LOG.info(() -> "Reminder rounds run at hour(s) " + hours + ", minute " + minute + ", UK time.");
    }

    @Timeout
    void round() {
        try {
            int sent = reminders.sendDue();
            LOG.info(() -> "Reminder round: " + sent + " reminder(s) sent.");
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "The reminder round failed; the next round tries again", failed);
        }
    }
}
