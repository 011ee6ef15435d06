package uk.interimexchange.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Objects;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import uk.interimexchange.infrastructure.startup.DatabaseMigration;

/**
 * Ready when the database answers within two seconds and its schema is at this build's latest migration or later
 * (a newer node of a rolling upgrade may have moved it on; migrations only add). The load balancer sends nobody to
 * a node that is not ready.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int SECONDS_TO_ANSWER = 2;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    private volatile MigrationVersion expected;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        try (Connection c = dataSource.getConnection();
             // Flyway's own table, named as Flyway wrote it: quoted, so H2 (case-sensitive) and PostgreSQL both find it
             PreparedStatement schema = c.prepareStatement("select \"version\" from \"flyway_schema_history\""
                     + " where \"success\" = true and \"version\" is not null order by \"installed_rank\" desc")) {
            schema.setQueryTimeout(SECONDS_TO_ANSWER);
            schema.setMaxRows(1);
            try (ResultSet rs = schema.executeQuery()) {
                MigrationVersion at = rs.next() ? MigrationVersion.fromVersion(rs.getString(1)) : MigrationVersion.EMPTY;
                MigrationVersion wanted = expected();
                return response.status(at.compareTo(wanted) >= 0).withData("schema", at.getVersion())
                        .withData("buildSchema", wanted.getVersion()).build();
            }
        } catch (SQLException | RuntimeException unanswered) {
            return response.down().withData("error", Objects.toString(unanswered.getMessage(), unanswered.getClass().getSimpleName()))
                    .build();
        }
    }

    /** The latest migration this build holds, found once. */
    private MigrationVersion expected() {
        MigrationVersion known = expected;
        if (known == null) {
            known = Arrays.stream(DatabaseMigration.flyway(dataSource).info().all())
                    .filter(m -> m.getState().isResolved() && m.getVersion() != null).map(MigrationInfo::getVersion)
                    .max(MigrationVersion::compareTo).orElse(MigrationVersion.EMPTY);
            expected = known;
        }
        return known;
    }
}
