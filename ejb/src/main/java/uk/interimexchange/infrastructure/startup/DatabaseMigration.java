package uk.interimexchange.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import uk.interimexchange.infrastructure.security.SigningKeys;

/**
 * Brings the schema up to date with Flyway before anything else touches the database. The datasource is
 * defined here so one artifact runs on embedded H2 by default and on PostgreSQL when the INTERIM_DB_*
 * environment variables say so (MicroProfile Config resolves the placeholders).
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATASOURCE,
        className = "${MPCONFIG=interim.db.class}",
        url = "${MPCONFIG=interim.db.url}",
        user = "${MPCONFIG=interim.db.user}",
        password = "${MPCONFIG=interim.db.password}",
        minPoolSize = 2,
        maxPoolSize = 30)
@Singleton
@Startup
@DependsOn("ProductionSettings") // production's settings are checked before the database is touched
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATASOURCE = "java:app/jdbc/interim";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @Inject
    SigningKeys signingKeys;

    @PostConstruct
    void migrate() {
        String where = describeDatabase();
        MigrateResult result = flyway(dataSource).migrate();
        LOG.info(() -> "Database " + where + " is at schema version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now).");
        signingKeys.ensure(SigningKeys.LINKS);
    }

    /** Flyway over the application's migrations, loaded with the application's class loader. */
    public static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader()).dataSource(dataSource).locations("classpath:db/migration")
                .load();
    }

    /** Opens one connection first, so a database that cannot be reached fails with a message that says so. */
    private String describeDatabase() {
        try (Connection c = dataSource.getConnection()) {
            String url = c.getMetaData().getURL();
            return url.contains("?") ? url.substring(0, url.indexOf('?')) : url; // the driver appends every setting
        } catch (SQLException e) {
            String message = "Interim Exchange cannot open its database: " + e.getMessage()
                    + ". Check INTERIM_DB_URL, INTERIM_DB_USER and INTERIM_DB_PASSWORD (or, for the embedded"
                    + " database, that INTERIM_DATA_DIR is writable and no other copy of the application is using it).";
            LOG.log(Level.SEVERE, message, e);
            throw new IllegalStateException(message, e);
        }
    }
}
