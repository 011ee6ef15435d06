package uk.interimexchange.interfaces.web.dev;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import uk.interimexchange.application.DeveloperMailbox;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.domain.model.mail.Email;

/** The developer mailbox: every email the application wrote, newest first, and one opened in full. */
@Named
@RequestScoped
public class DeveloperMailboxPage {

    @Inject
    DeveloperMailbox mailbox;

    @Inject
    FacesContext faces;

    private Long emailId;
    private List<Email> emails;
    private Email opened;

    /** Outside demo mode the page does not exist. */
    public void load() throws IOException {
        try {
            emails = mailbox.newest();
            opened = emailId == null ? null : mailbox.find(emailId);
        } catch (NotFoundException e) {
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    public Long getEmailId() {
        return emailId;
    }

    public void setEmailId(Long emailId) {
        this.emailId = emailId;
    }

    public List<Email> getEmails() {
        return emails;
    }

    public Email getOpened() {
        return opened;
    }
}
