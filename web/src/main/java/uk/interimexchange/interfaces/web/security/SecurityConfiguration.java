package uk.interimexchange.interfaces.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import uk.interimexchange.application.Roles;

/**
 * Jakarta Security: our own accessible sign-in page in front of the database identity store. A visitor who
 * asks for a protected page is sent to sign in and then on to the page they asked for.
 */
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/sign-in.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR, Roles.ADMIN, Roles.SYSTEM})
@ApplicationScoped
public class SecurityConfiguration {
}
