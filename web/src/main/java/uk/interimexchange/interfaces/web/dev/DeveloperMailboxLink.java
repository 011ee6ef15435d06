package uk.interimexchange.interfaces.web.dev;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.interimexchange.application.DeveloperMailbox;

/** Whether pages may point to the developer mailbox: only in demo mode, fixed for the life of the application. */
@Named
@ApplicationScoped
public class DeveloperMailboxLink {

    @Inject
    DeveloperMailbox mailbox;

    private boolean open;

    @PostConstruct
    void load() {
        open = mailbox.isOpen();
    }

    public boolean isOpen() {
        return open;
    }
}
