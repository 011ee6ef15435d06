package uk.interimexchange.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * Jakarta Security's mechanism for this application: the sign-in page hands it the email and password, the identity
 * store decides, and the person signed in (their name and roles) is kept in their session and given to the container
 * again, roles and all, on each request they make.
 *
 * <p>Why not the built-in form mechanism: its session feature ({@code @AutoApplySession}) gives the container only
 * the name and leaves Payara to find the roles again, which under load sometimes fails, so a signed-in person was
 * now and then refused a page they may see (measured with ten users: a few 403s a minute; Payara issue 6145). A
 * protected page asked for without signing in is remembered ({@link PageAskedFor}) and the visitor sent to sign in.
 */
@ApplicationScoped
public class SignedInSession implements HttpAuthenticationMechanism {

    /** The session attribute that holds who is signed in. */
    static final String CALLER = SignedInSession.class.getName() + ".caller";

    @Inject
    IdentityStoreHandler identityStores;

    /** Who is signed in: what the container needs to know on each request. Kept in the session, so serializable. */
    record Caller(String name, Set<String> roles) implements Serializable {
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.getSession().setAttribute(CALLER, new Caller(result.getCallerPrincipal().getName(),
                        Set.copyOf(result.getCallerGroups())));
            }
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof Caller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.roles());
        }
        if (context.isProtected()) {
            PageAskedFor.remember(request);
            return context.redirect(request.getContextPath() + "/sign-in.xhtml");
        }
        return context.doNothing();
    }
}
