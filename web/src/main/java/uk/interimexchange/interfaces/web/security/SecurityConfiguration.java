package uk.interimexchange.interfaces.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import uk.interimexchange.application.Roles;

/**
 * The roles the application declares. Signing in is our own accessible page in front of the database identity store,
 * through {@link SignedInSession}: a visitor who asks for a protected page is sent to sign in and then on to it.
 */
@DeclareRoles({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR, Roles.ADMIN, Roles.SYSTEM})
@ApplicationScoped
public class SecurityConfiguration {
}
