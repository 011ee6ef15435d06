package uk.interimexchange.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless threads are deadlocked, which only a restart mends. Liveness asks nothing of the database or the
 * mail server: a node whose database is away is not ready, but restarting it would not help.
 */
@Liveness
@ApplicationScoped
public class DeadlockLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
        return HealthCheckResponse.named("threads").status(deadlocked == null)
                .withData("deadlocked", deadlocked == null ? 0 : deadlocked.length).build();
    }
}
