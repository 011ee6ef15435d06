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
import uk.interimexchange.application.RetentionService;
import uk.interimexchange.application.Roles;
import uk.interimexchange.infrastructure.time.ClockProducer;

/**
 * Once a night, at 03:30 UK time, removes what the programme no longer keeps (the privacy notice says what and when).
 * Not persistent, so it runs on every node; an account another node removed first is simply not there any more.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@RunAs(Roles.SYSTEM)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

    @Resource
    TimerService timers;

    @EJB
    RetentionService retention;

    @Inject
    @ConfigProperty(name = "interim.retention.scheduled", defaultValue = "true")
    boolean scheduled;

    @PostConstruct
    void start() {
        retention.closedPlacementMonths(); // a setting out of range stops the start, with what is wrong, not the first night's run
        if (!scheduled) {
            LOG.info("Retention runs are not scheduled (interim.retention.scheduled=false).");
            return;
        }
        timers.createCalendarTimer(new ScheduleExpression().hour("3").minute("30").timezone(ClockProducer.UK.getId()),
                new TimerConfig("retention", false));
    }

    @Timeout
    void run() {
        try {
            int removed = retention.removeNeverConfirmed();
            int placements = retention.removeClosedPlacementDetail();
            LOG.info(() -> "Retention: " + removed + " account(s) never confirmed removed; personal detail taken out of " + placements
                    + " closed placement(s).");
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "The retention run failed; tomorrow's tries again", failed);
        }
    }
}
