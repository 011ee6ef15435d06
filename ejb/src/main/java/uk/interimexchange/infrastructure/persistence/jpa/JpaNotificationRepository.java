package uk.interimexchange.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import uk.interimexchange.domain.model.notification.Notification;
import uk.interimexchange.domain.model.notification.NotificationRepository;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void store(Notification notification) {
        em.persist(notification);
    }

    @Override
    public Page<Notification> forRecipient(long accountId, PageRequest page) {
        return Queries.page(em, "select n from Notification n where n.recipientId = :me order by n.createdAt desc, n.id desc",
                "select count(n) from Notification n where n.recipientId = :me", Map.of("me", accountId), Notification.class, page);
    }

    @Override
    public long countUnread(long accountId) {
        return em.createQuery("select count(n) from Notification n where n.recipientId = :me and n.readAt is null", Long.class)
                .setParameter("me", accountId).getSingleResult();
    }

    @Override
    public int markAllRead(long accountId, Instant now) {
        return em.createQuery("update Notification n set n.readAt = :now, n.version = n.version + 1"
                        + " where n.recipientId = :me and n.readAt is null")
                .setParameter("now", now).setParameter("me", accountId).executeUpdate();
    }
}
