package uk.interimexchange.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import uk.interimexchange.application.CurrentUser;
import uk.interimexchange.domain.model.audit.AuditEvent;
import uk.interimexchange.domain.model.audit.AuditRepository;

/** Records a change in the caller's transaction, so the change and its record stand or fall together. */
@ApplicationScoped
class AuditTrail {

    @Inject
    AuditRepository events;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    void record(String entityType, Long entityId, String action, Enum<?> from, Enum<?> to, String comment) {
        recordAs(currentUser.actor().name(), entityType, entityId, action, from, to, comment);
    }

    /** For a change made by someone without an account, such as a line manager through an emailed link. */
    void recordAs(String actor, String entityType, Long entityId, String action, Enum<?> from, Enum<?> to,
            String comment) {
        events.append(new AuditEvent(entityType, entityId, action, from == null ? null : from.name(),
                to == null ? null : to.name(), actor, clock.instant(), comment));
    }
}
