package uk.interimexchange.application;

/** The role names as constants, for {@code @RolesAllowed}; they are the names of {@link uk.interimexchange.domain.model.account.Role}. */
public final class Roles {

    public static final String ASSOCIATE = "ASSOCIATE";
    public static final String HOST = "HOST";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String ADMIN = "ADMIN";
    /**
     * The application acting on its own behalf (start-up loads, timers). No account holds it; only code
     * running as the application does.
     */
    public static final String SYSTEM = "SYSTEM";

    private Roles() {
    }
}
