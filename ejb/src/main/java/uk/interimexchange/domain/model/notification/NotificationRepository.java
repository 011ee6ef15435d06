package uk.interimexchange.domain.model.notification;

import java.time.Instant;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

public interface NotificationRepository {

    void store(Notification notification);

    /** A person's notifications, newest first. */
    Page<Notification> forRecipient(long accountId, PageRequest page);

    long countUnread(long accountId);

    /** Marks every unread notification of the person read, in one update; returns how many. */
    int markAllRead(long accountId, Instant now);
}
