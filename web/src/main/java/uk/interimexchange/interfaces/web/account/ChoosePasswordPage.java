package uk.interimexchange.interfaces.web.account;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import uk.interimexchange.application.PasswordRefusedException;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.interfaces.web.FormMessages;

/**
 * A page an emailed link opens to choose a password (a reset, or joining from a cohort's invitation): a used, expired
 * or altered link is refused before a password is asked for; a weak password is refused with the reason.
 */
abstract class ChoosePasswordPage {

    @Inject
    FormMessages messages;

    @Inject
    FacesContext faces;

    private String link;
    private String password;
    private String refusal;

    /** Refuses the link if it cannot be used. */
    abstract void checkLink(String link);

    /** Sets the password through the link. */
    abstract void choose(String link, char[] password);

    /** Where the person signs in after, with what to tell them there. */
    abstract String signInAddress();

    public void check() {
        try {
            checkLink(link);
        } catch (BusinessRuleException e) {
            refusal = e.getMessage();
        }
    }

    public void submit() throws IOException {
        try {
            choose(link, password == null ? new char[0] : password.toCharArray());
        } catch (PasswordRefusedException e) {
            messages.error("choose:password", e.getMessage());
            return;
        } catch (BusinessRuleException e) {
            refusal = e.getMessage();
            return;
        } finally {
            password = null;
        }
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + signInAddress());
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRefusal() {
        return refusal;
    }
}
