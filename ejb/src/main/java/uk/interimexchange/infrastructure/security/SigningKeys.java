package uk.interimexchange.infrastructure.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.interimexchange.infrastructure.startup.DatabaseMigration;

/**
 * Secret keys the application signs with. A key given in the configuration (INTERIM_LINK_KEY) wins; otherwise
 * one is generated on the first start and kept in the database, so every node signs alike and nothing secret
 * is in the repository or needs setting up for a local run.
 */
@ApplicationScoped
public class SigningKeys {

    public static final String LINKS = "links";

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "interim.link-key")
    Optional<String> configuredLinkKey;

    private final ConcurrentMap<String, byte[]> keys = new ConcurrentHashMap<>();

    /** Stores a new random key under {@code name} unless one is there; two nodes starting at once keep the first. */
    public void ensure(String name) {
        try (Connection c = dataSource.getConnection()) {
            if (read(c, name) != null) {
                return;
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            try (PreparedStatement insert = c.prepareStatement("insert into signing_key (name, key_value) values (?, ?)")) {
                insert.setString(1, name);
                insert.setString(2, Base64.getEncoder().encodeToString(key));
                insert.executeUpdate();
            } catch (SQLException e) {
                if (read(c, name) == null) { // not another node's insert winning: a real failure
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the signing key " + name + ": " + e.getMessage(), e);
        }
    }

    public byte[] key(String name) {
        return keys.computeIfAbsent(name, this::load);
    }

    private byte[] load(String name) {
        if (LINKS.equals(name) && configuredLinkKey.filter(k -> !k.isBlank()).isPresent()) {
            return configuredLinkKey.get().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        try (Connection c = dataSource.getConnection()) {
            String stored = read(c, name);
            if (stored == null) {
                throw new IllegalStateException("No signing key " + name + " in the database; it is made at start-up.");
            }
            return Base64.getDecoder().decode(stored);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the signing key " + name + ": " + e.getMessage(), e);
        }
    }

    private static String read(Connection c, String name) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("select key_value from signing_key where name = ?")) {
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
