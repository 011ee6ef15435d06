package uk.interimexchange.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import uk.interimexchange.application.ReleaseService;
import uk.interimexchange.application.Roles;
import uk.interimexchange.domain.model.placement.Placement;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;
import uk.interimexchange.infrastructure.security.PasswordHasher;

/**
 * Loads the demonstration data once, on the first start of an empty database, so the application can be
 * tried at once. A row in {@code data_load} records that it ran: later starts neither duplicate nor remove it.
 * Switched off with {@code interim.demo-data=false} (environment variable {@code INTERIM_DEMO_DATA}).
 */
@Singleton
@Startup
@DependsOn("ReferenceData")
@RunAs(Roles.SYSTEM) // asks the line manager of the demo's proposed placement, as the programme would
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    static final String LOAD_NAME = "demo-data";

    @Inject
    RunMode mode;

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher passwords;

    @Inject
    Clock clock;

    @EJB
    ReleaseService release;

    @PostConstruct
    void load() {
        if (!mode.isOn()) {
            LOG.info("Demo data is switched off (interim.demo-data=false, or production).");
            return;
        }
        StartUpLock.hold(em);
        Number loaded = (Number) em.createNativeQuery("select count(*) from data_load where name = ?1")
                .setParameter(1, LOAD_NAME).getSingleResult();
        if (loaded.longValue() > 0) {
            LOG.info("Demo data was loaded on an earlier start; leaving the records as they are.");
            return;
        }
        DemoWorld world = new DemoWorld(em, passwords, LocalDate.now(clock), clock.getZone());
        DemoWorld.Summary summary = world.build();
        em.flush();
        Placement awaitingRelease = world.awaitingRelease();
        release.request(awaitingRelease.getId()); // readable in the developer mailbox, so the link can be tried
        em.createNativeQuery("insert into data_load (name, loaded_at) values (?1, ?2)")
                .setParameter(1, LOAD_NAME).setParameter(2, java.sql.Timestamp.from(Instant.now(clock))).executeUpdate();
        LOG.info(() -> "Demo data loaded: " + summary);
    }
}
