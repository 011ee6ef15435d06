package uk.interimexchange.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import uk.interimexchange.application.port.PasswordHashing;

/**
 * Jakarta Security's PBKDF2 hash with strong parameters (OWASP 2023: 210,000 iterations of
 * HMAC-SHA-512) and a random 32-byte salt per hash. The same parameters verify at sign-in.
 */
@ApplicationScoped
public class PasswordHasher implements PasswordHashing {

    public static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash hash;

    /** A hash of nothing anyone knows, checked when there is no account, so the time taken does not tell. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(PARAMETERS);
        decoy = hash.generate(java.util.UUID.randomUUID().toString().toCharArray());
    }

    @Override
    public String hash(char[] password) {
        return hash.generate(password);
    }

    /** Whether the password matches the stored hash; with no stored hash, does the same work and says no. */
    @Override
    public boolean matches(char[] password, String stored) {
        char[] given = password == null ? new char[0] : password;
        if (stored == null) {
            hash.verify(given, decoy);
            return false;
        }
        return hash.verify(given, stored);
    }
}
