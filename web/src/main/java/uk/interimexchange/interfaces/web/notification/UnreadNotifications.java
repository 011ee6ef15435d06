package uk.interimexchange.interfaces.web.notification;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.interimexchange.application.NotificationService;

/** The unread count in the header, asked once a page; a page that cannot ask (an error page, say) shows none. */
@Named
@RequestScoped
public class UnreadNotifications {

    @Inject
    NotificationService notifications;

    private long count;

    @PostConstruct
    void load() {
        try {
            count = notifications.unreadCount();
        } catch (EJBException | IllegalStateException unavailable) {
            count = 0;
        }
    }

    public long getCount() {
        return count;
    }
}
