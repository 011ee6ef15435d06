package uk.interimexchange.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import uk.interimexchange.application.CurrentUser;
import uk.interimexchange.application.NotificationService;
import uk.interimexchange.application.Roles;
import uk.interimexchange.domain.model.notification.Notification;
import uk.interimexchange.domain.model.notification.NotificationRepository;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

/** Every query is the caller's own: the recipient comes from who is signed in, never from the request. */
@Stateless
public class DefaultNotificationService implements NotificationService {

    @Inject
    NotificationRepository notifications;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR, Roles.ADMIN})
    public Page<Notification> mine(PageRequest page) {
        return notifications.forRecipient(currentUser.actor().accountId(), page);
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR, Roles.ADMIN})
    public long unreadCount() {
        return notifications.countUnread(currentUser.actor().accountId());
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR, Roles.ADMIN})
    public int markAllRead() {
        return notifications.markAllRead(currentUser.actor().accountId(), clock.instant());
    }
}
