package uk.interimexchange.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.interimexchange.domain.model.mail.Email;
import uk.interimexchange.domain.model.mail.EmailState;
import uk.interimexchange.domain.model.mail.Outbox;

/** Claims are single conditional updates: the database, not the nodes, decides who sends each email. */
@ApplicationScoped
public class JpaOutbox implements Outbox {

    @PersistenceContext
    EntityManager em;

    @Override
    public void queue(Email email) {
        em.persist(email);
    }

    @Override
    public List<Long> due(Instant now, int max) {
        return em.createQuery("select e.id from Email e where (e.state = :queued and e.nextAttemptAt <= :now)"
                        + " or (e.state = :sending and e.claimedUntil < :now) order by e.id", Long.class)
                .setParameter("queued", EmailState.QUEUED)
                .setParameter("sending", EmailState.SENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public int releaseClaimsOf(String node, Instant now) {
        return em.createQuery("update Email e set e.state = :queued, e.nextAttemptAt = :now, e.claimedUntil = null,"
                        + " e.version = e.version + 1 where e.state = :sending and e.claimedBy = :node")
                .setParameter("queued", EmailState.QUEUED).setParameter("now", now).setParameter("sending", EmailState.SENDING)
                .setParameter("node", node)
                .executeUpdate();
    }

    @Override
    public boolean claim(long emailId, String node, Instant now, Instant until) {
        return em.createQuery("update Email e set e.state = :sending, e.claimedBy = :node, e.claimedUntil = :until,"
                        + " e.attempts = e.attempts + 1, e.version = e.version + 1 where e.id = :id and"
                        + " ((e.state = :queued and e.nextAttemptAt <= :now) or (e.state = :sending and e.claimedUntil < :now))")
                .setParameter("sending", EmailState.SENDING)
                .setParameter("queued", EmailState.QUEUED)
                .setParameter("node", node)
                .setParameter("until", until)
                .setParameter("now", now)
                .setParameter("id", emailId)
                .executeUpdate() == 1;
    }

    @Override
    public void sent(long emailId, String node, Instant now) {
        em.createQuery("update Email e set e.state = :sent, e.sentAt = :now, e.claimedUntil = null, e.lastError = null,"
                        + " e.version = e.version + 1 where e.id = :id and e.state = :sending and e.claimedBy = :node")
                .setParameter("sent", EmailState.SENT)
                .setParameter("sending", EmailState.SENDING)
                .setParameter("now", now)
                .setParameter("id", emailId)
                .setParameter("node", node)
                .executeUpdate();
    }

    @Override
    public void failed(long emailId, String node, String error, Instant nextAttempt) {
        String shortError = error == null ? "unknown error" : error.length() > 500 ? error.substring(0, 500) : error;
        em.createQuery("update Email e set e.state = :queued, e.nextAttemptAt = :next, e.claimedUntil = null,"
                        + " e.lastError = :error, e.version = e.version + 1"
                        + " where e.id = :id and e.state = :sending and e.claimedBy = :node")
                .setParameter("queued", EmailState.QUEUED)
                .setParameter("sending", EmailState.SENDING)
                .setParameter("next", nextAttempt)
                .setParameter("error", shortError)
                .setParameter("id", emailId)
                .setParameter("node", node)
                .executeUpdate();
    }

    @Override
    public Email find(long emailId) {
        return em.find(Email.class, emailId);
    }

    @Override
    public Optional<Instant> oldestUnsent() {
        return Queries.first(em.createQuery("select e.queuedAt from Email e where e.state <> :sent order by e.queuedAt", Instant.class)
                .setParameter("sent", EmailState.SENT));
    }

    @Override
    public List<Email> newest(int max) {
        return em.createQuery("select e from Email e order by e.id desc", Email.class).setMaxResults(max).getResultList();
    }
}
