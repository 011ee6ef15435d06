package uk.interimexchange.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.interimexchange.domain.model.audit.AuditEvent;
import uk.interimexchange.domain.model.notification.Notification;

/**
 * A national-sized programme on top of the demo, on demand: {@code interim.demo-scale=national} (environment
 * variable {@code INTERIM_DEMO_SCALE}) with the demo data on. Loaded once, in the background after the deployment,
 * a slice per transaction (so a start stopped half way leaves whole slices); a row in {@code data_load} records it is
 * done. For measuring the pages at scale (docs/benchmarks.md); never for a programme's real data.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@TransactionManagement(TransactionManagementType.BEAN)
public class NationalData {

    private static final Logger LOG = Logger.getLogger(NationalData.class.getName());

    static final String LOAD_NAME = "national-data";
    private static final int ASSOCIATES_A_SLICE = 250;
    private static final int NEEDS_A_SLICE = 25;
    private static final int ROWS_A_BATCH = 1_000;

    @Inject
    @ConfigProperty(name = "interim.demo-scale", defaultValue = "demo")
    String scale;

    @Inject
    RunMode mode;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Resource
    SessionContext context;

    @Resource(lookup = "java:app/jdbc/interim")
    DataSource dataSource;

    @Inject
    Clock clock;

    private final List<AuditEvent> audits = new ArrayList<>();
    private final List<Notification> notifications = new ArrayList<>();

    @PostConstruct
    void start() {
        if (!"national".equals(scale)) {
            return;
        }
        if (!mode.isOn()) {
            LOG.warning("interim.demo-scale=national adds to the demo data, which is switched off (or production): nothing loaded.");
            return;
        }
        context.getBusinessObject(NationalData.class).load(); // in the background: the deployment does not wait a minute for it
    }

    /** How much to make. */
    public record Size(int associates, int needs, int lessons) {
        static final Size NATIONAL = new Size(10_000, 7_800, 2_000);
    }

    /**
     * The accounts the made records name: the two coordinators who scope, shortlist and sign, and the host contact
     * who sponsors one need in twenty-five (the demo's Helen Carter, so her pages are national-sized too); the made
     * accounts' addresses end in {@code @emailDomain}.
     */
    public record Cast(long coordinator, long secondCoordinator, long host, String emailDomain) {
    }

    /** Loads the national data set unless an earlier start did; the demo's pages answer meanwhile. */
    @Asynchronous
    public void load() {
        try {
            if (slice(() -> ((Number) em.createNativeQuery("select count(*) from data_load where name = ?1").setParameter(1, LOAD_NAME)
                    .getSingleResult()).longValue()) > 0) {
                LOG.info("The national data set was loaded on an earlier start; leaving it as it is.");
                return;
            }
            LOG.info("Loading the national data set in the background (a minute or two)...");
            long started = System.nanoTime();
            Cast demo = slice(() -> new Cast(accountId("coordinator@interim.example"), accountId("coordinator2@interim.example"),
                    accountId("host@interim.example"), "national.interim.example"));
            build(Size.NATIONAL, demo);
            slice(() -> em.createNativeQuery("insert into data_load (name, loaded_at) values (?1, ?2)").setParameter(1, LOAD_NAME)
                    .setParameter(2, Timestamp.from(Instant.now(clock))).executeUpdate());
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            LOG.info(() -> "National data set loaded in " + seconds + " s: " + Size.NATIONAL);
        } catch (Exception e) {
            LOG.log(java.util.logging.Level.SEVERE, "The national data set could not be loaded; the slices loaded so far stay", e);
        }
    }

    /**
     * Makes a programme of {@code size}, naming {@code cast}, a slice per transaction: a host contact for every
     * organisation the pool does not work for, the pool, then the needs down their paths.
     */
    public void build(Size size, Cast cast) throws Exception {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        List<Long> hosts = slice(() -> world(today, 1, cast).hosts());
        List<Long> pool = new ArrayList<>();
        for (int from = 0; from < size.associates(); from += ASSOCIATES_A_SLICE) {
            int first = from;
            int to = Math.min(size.associates(), from + ASSOCIATES_A_SLICE);
            pool.addAll(slice(() -> world(today, 100 + first, cast).associates(first, to)));
        }
        long poolSeconds = (System.nanoTime() - started) / 1_000_000_000L;
        LOG.info(() -> size.associates() + " associates made in " + poolSeconds + " s; the needs follow.");
        int[] lessonsLeft = {size.lessons()};
        int placed = 0;
        for (int from = 0; from < size.needs(); from += NEEDS_A_SLICE) {
            int first = from;
            int to = Math.min(size.needs(), from + NEEDS_A_SLICE);
            int next = placed;
            placed = slice(() -> world(today, 100_000 + first, cast).needs(first, to, hosts, pool, next, lessonsLeft));
        }
    }

    private long accountId(String email) {
        return ((Number) em.createNativeQuery("select id from user_account where email = ?1").setParameter(1, email).getSingleResult())
                .longValue();
    }

    private NationalWorld world(LocalDate today, long seed, Cast cast) {
        return new NationalWorld(em, today, clock.getZone(), seed, cast, audits::add, notifications::add);
    }

    /** One slice in its own transaction, with the audit trail and notifications it made written in batches. */
    private <T> T slice(Callable<T> work) throws Exception {
        transaction.begin();
        try {
            T answer = work.call();
            em.flush();
            try (Connection connection = dataSource.getConnection()) {
                writeAudits(connection);
                writeNotifications(connection);
            }
            transaction.commit();
            return answer;
        } catch (Exception | Error e) {
            transaction.rollback();
            throw e;
        } finally {
            audits.clear();
            notifications.clear();
        }
    }

    private void writeAudits(Connection connection) throws SQLException {
        insert(connection, "insert into audit_event (entity_type, entity_id, action, from_state, to_state, actor, occurred_at,"
                + " event_comment) values (?, ?, ?, ?, ?, ?, ?, ?)", audits, (insert, a) -> {
                    insert.setString(1, a.getEntityType());
                    insert.setLong(2, a.getEntityId());
                    insert.setString(3, a.getAction());
                    insert.setString(4, a.getFromState());
                    insert.setString(5, a.getToState());
                    insert.setString(6, a.getActor());
                    insert.setTimestamp(7, Timestamp.from(a.getOccurredAt()));
                    insert.setString(8, a.getComment());
                });
    }

    private void writeNotifications(Connection connection) throws SQLException {
        insert(connection, "insert into notification (recipient_id, text, link, created_at, version) values (?, ?, ?, ?, 0)",
                notifications, (insert, n) -> {
                    insert.setLong(1, n.getRecipientId());
                    insert.setString(2, n.getText());
                    insert.setString(3, n.getLink());
                    insert.setTimestamp(4, Timestamp.from(n.getCreatedAt()));
                });
    }

    /** Rows the domain made, written a thousand to a JDBC batch: the audit trail is most of the rows. */
    private static <T> void insert(Connection connection, String sql, List<T> rows, Binder<T> binder) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int count = 0;
            for (T row : rows) {
                binder.bind(insert, row);
                insert.addBatch();
                if (++count % ROWS_A_BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** Sets one row's values on the statement. */
    private interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }
}
