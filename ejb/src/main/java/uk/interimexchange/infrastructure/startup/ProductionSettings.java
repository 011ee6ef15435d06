package uk.interimexchange.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * In production the application will not start without what it needs, rather than start and quietly keep emails
 * unsent, sign links with a key nobody chose, or write to a file database: the refusal names each setting (as its
 * environment variable) and says what it is for. Runs before anything touches the database.
 */
@Singleton
@Startup
public class ProductionSettings {

    private static final Logger LOG = Logger.getLogger(ProductionSettings.class.getName());

    static final int SHORTEST_LINK_KEY = 32;

    @Inject
    RunMode mode;

    @Inject
    Config config;

    @PostConstruct
    void check() {
        if (!mode.isProduction()) {
            return;
        }
        List<String> missing = missing(key -> config.getOptionalValue(key, String.class));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Interim Exchange will not start in production (INTERIM_PRODUCTION=true): "
                    + String.join(" ", missing));
        }
        LOG.info("Production: no demo programme and no developer mailbox; every setting production needs is present.");
    }

    /** What is missing or unfit for production, a sentence each naming the environment variable; empty when all is well. */
    static List<String> missing(Function<String, Optional<String>> setting) {
        List<String> wrong = new ArrayList<>();
        String db = setting.apply("interim.db.url").map(String::strip).orElse("");
        if (!db.startsWith("jdbc:postgresql:")) {
            wrong.add("INTERIM_DB_URL must name the PostgreSQL database (jdbc:postgresql://host:5432/name); "
                    + (db.isEmpty() ? "it is not set." : "the embedded database is for demonstrations only."));
        }
        if (blank(setting.apply("interim.smtp.host"))) {
            wrong.add("INTERIM_SMTP_HOST must name the mail server that sends the programme's emails.");
        }
        if (blank(setting.apply("interim.base-url"))) {
            wrong.add("INTERIM_BASE_URL must be the address people reach the service at (https://…), for the links in emails.");
        }
        int key = setting.apply("interim.link-key").map(String::strip).map(String::length).orElse(0);
        if (key < SHORTEST_LINK_KEY) {
            wrong.add("INTERIM_LINK_KEY must be a secret of at least " + SHORTEST_LINK_KEY + " characters that signs the links"
                    + " in emails, the same on every node" + (key == 0 ? "; it is not set." : "; it is too short."));
        }
        return wrong;
    }

    private static boolean blank(Optional<String> value) {
        return value.map(String::isBlank).orElse(true);
    }
}
