package uk.interimexchange.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import uk.interimexchange.application.DeveloperMailbox;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.application.port.Demonstration;
import uk.interimexchange.domain.model.mail.Email;
import uk.interimexchange.domain.model.mail.Outbox;

@Stateless
public class DefaultDeveloperMailbox implements DeveloperMailbox {

    static final int SHOWN = 100;

    /** Demo mode: the same switch that loads the demo programme; never on in production. */
    @Inject
    Demonstration demonstration;

    @Inject
    Outbox outbox;

    @Override
    @PermitAll
    public boolean isOpen() {
        return demonstration.isOn();
    }

    @Override
    @PermitAll // open to anyone in demo mode, where every account is a demo account; closed otherwise
    public List<Email> newest() {
        requireDemoMode();
        return outbox.newest(SHOWN);
    }

    @Override
    @PermitAll // as above
    public Email find(long emailId) {
        requireDemoMode();
        return Optional.ofNullable(outbox.find(emailId)).orElseThrow(() -> new NotFoundException("email"));
    }

    private void requireDemoMode() {
        if (!demonstration.isOn()) {
            throw new NotFoundException("page");
        }
    }
}
