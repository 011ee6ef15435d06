package uk.interimexchange.application;

import uk.interimexchange.domain.model.notification.Notification;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

/** The caller's own notifications: events on the needs, applications and placements they are part of. */
public interface NotificationService {

    Page<Notification> mine(PageRequest page);

    long unreadCount();

    /** Marks every notification of the caller read; returns how many were unread. */
    int markAllRead();
}
