package uk.interimexchange.application;

import java.util.List;
import uk.interimexchange.domain.model.mail.Email;

/**
 * The outbox as a mailbox, so someone running the application locally without a mail server can follow the
 * links it emails. It exists only in demo mode; anywhere else it answers as if there were nothing there.
 */
public interface DeveloperMailbox {

    boolean isOpen();

    /** The newest emails first. */
    List<Email> newest();

    Email find(long emailId);
}
