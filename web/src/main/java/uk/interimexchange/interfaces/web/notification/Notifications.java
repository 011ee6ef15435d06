package uk.interimexchange.interfaces.web.notification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.interimexchange.application.NotificationService;
import uk.interimexchange.domain.model.notification.Notification;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.interfaces.web.PageSteps;
import uk.interimexchange.interfaces.web.Paging;

/** "Your notifications" (/account/notifications.xhtml): what happened to the records you are part of, newest first. */
@Named
@RequestScoped
public class Notifications {

    static final int PAGE_SIZE = 20;

    @Inject
    NotificationService notifications;

    @Inject
    FacesContext faces;

    @Inject
    PageSteps steps;

    private Paging paging;
    private Page<Notification> found;
    private long unread;

    @PostConstruct
    void load() {
        paging = Paging.from(faces.getExternalContext().getRequestParameterMap().get("from"), PAGE_SIZE);
        found = notifications.mine(paging.request());
        paging.of(found.total());
        unread = notifications.unreadCount();
    }

    public void markAllRead() {
        steps.take("notifications", null, () -> {
            notifications.markAllRead();
            return "/account/notifications.xhtml";
        }, "All your notifications are marked as read.");
    }

    public Paging getPaging() {
        return paging;
    }

    public Page<Notification> getFound() {
        return found;
    }

    public long getUnread() {
        return unread;
    }
}
