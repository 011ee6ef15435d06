package uk.interimexchange.application.port;

/** Turns a password into the hash kept for it, and checks one against it; the hashing itself is infrastructure's. */
public interface PasswordHashing {

    String hash(char[] password);

    /** Whether the password matches the stored hash; with no stored hash, does the same work and says no. */
    boolean matches(char[] password, String stored);
}
