package uk.interimexchange.interfaces.web.dev;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import uk.interimexchange.application.DeveloperMailbox;

/**
 * Demo mode, as pages show it: every page says it is a demonstration, and pages point to the developer mailbox only
 * for a person at the machine running it ({@link LocalOnly}). The mode is fixed for the life of the application.
 */
@Named
@ApplicationScoped
public class DeveloperMailboxLink {

    @Inject
    DeveloperMailbox mailbox;

    @Inject
    HttpServletRequest request;

    private boolean demo;

    @PostConstruct
    void load() {
        demo = mailbox.isOpen();
    }

    /** Demo mode: the records are made up, and every page says so. */
    public boolean isDemo() {
        return demo;
    }

    /** The mailbox can be opened from here: demo mode, and the person is at the machine. */
    public boolean isOpen() {
        return demo && LocalOnly.isLocal(request);
    }
}
