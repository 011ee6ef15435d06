package uk.interimexchange.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.Callable;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends while some work runs on this thread (a service call runs on its
 * caller's thread), through the server session's events: every statement, however the query was written.
 */
@ApplicationScoped
public class StatementCounter {

    private static final ThreadLocal<java.util.List<String>> COUNTED = ThreadLocal.withInitial(java.util.ArrayList::new);

    private static volatile boolean listening;

    @PersistenceContext
    EntityManager em;

    /** How many statements {@code work} sent, and what it answered. */
    public <T> Counted<T> count(Callable<T> work) throws Exception {
        listen();
        COUNTED.get().clear();
        T answer = work.call();
        return new Counted<>(COUNTED.get().size(), java.util.List.copyOf(COUNTED.get()), answer);
    }

    /** How many statements, which (their SQL, for a message), and the work's answer. */
    public record Counted<T>(int statements, java.util.List<String> sql, T answer) {
    }

    private void listen() {
        if (!listening) {
            synchronized (StatementCounter.class) {
                if (!listening) {
                    em.unwrap(JpaEntityManager.class).getServerSession().getEventManager().addListener(new SessionEventAdapter() {
                        @Override
                        public void postExecuteCall(SessionEvent event) {
                            String sql = event.getCall() instanceof org.eclipse.persistence.internal.databaseaccess.DatabaseCall call
                                    ? call.getSQLString() : String.valueOf(event.getCall());
                            COUNTED.get().add(sql == null ? "?" : sql.length() > 160 ? sql.substring(0, 160) : sql);
                        }
                    });
                    listening = true;
                }
            }
        }
    }
}
