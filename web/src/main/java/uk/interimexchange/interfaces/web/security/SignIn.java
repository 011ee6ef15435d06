package uk.interimexchange.interfaces.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import uk.interimexchange.application.SignInOutcome;

/** The sign-in form: hands the credentials to Jakarta Security and says plainly why they were refused. */
@Named
@RequestScoped
public class SignIn {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/London"));

    @Inject
    SecurityContext securityContext;

    @Inject
    SignInAttempt attempt;

    @Inject
    FacesContext faces;

    private String email;
    private String password;

    public void submit() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a session id fixed before sign-in is never the signed-in one
        }
        Optional<String> askedFor = PageAskedFor.in(request); // read before authenticating, which forgets it
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email == null ? "" : email, new Password(password == null ? "" : password))));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete(); // on to the page the visitor first asked for
            case SUCCESS -> external.redirect(askedFor.orElse(external.getRequestContextPath() + "/home/"));
            default -> refused();
        }
    }

    private void refused() {
        // A failed attempt leaves Jakarta Security's sign-in state in the session, which would answer the next
        // protected page with an empty response instead of the sign-in page: start afresh.
        faces.getExternalContext().invalidateSession();
        SignInOutcome outcome = attempt.outcome();
        SignInOutcome.Result result = outcome == null ? SignInOutcome.Result.REFUSED : outcome.result();
        String message = switch (result) {
            case WAIT -> "There have been too many failed attempts to sign in. For your security, try again after "
                    + TIME.format(outcome.waitUntil()) + ", or ask an administrator to unlock your account.";
            case AWAITING_VERIFICATION -> "You need to confirm your email address before you can sign in. Use the link in the "
                    + "email we sent when you registered. If it has expired, register again with the same address.";
            case AWAITING_APPROVAL -> "Your account is waiting for a programme coordinator to confirm you act for your "
                    + "organisation. We will email you when it is approved.";
            default -> "Enter a correct email address and password. Both are case-sensitive except the email address.";
        };
        faces.addMessage("sign-in:email", new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
