package uk.interimexchange.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.interimexchange.domain.model.audit.ActorEntry;
import uk.interimexchange.domain.model.audit.AuditEvent;
import uk.interimexchange.domain.model.audit.AuditRepository;
import uk.interimexchange.domain.model.audit.HistoryEntry;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void append(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<ActorEntry> byActor(String actor) {
        return em.createQuery("select new uk.interimexchange.domain.model.audit.ActorEntry(e.occurredAt, e.entityType,"
                        + " e.entityId, e.action, e.comment) from AuditEvent e where e.actor = :actor order by e.occurredAt, e.id", ActorEntry.class)
                .setParameter("actor", actor).getResultList();
    }

    @Override
    public List<HistoryEntry> historyOf(String entityType, long entityId) {
        // One statement: the names come from a join on the email address kept, not from a lookup per line.
        return em.createQuery("select new uk.interimexchange.domain.model.audit.HistoryEntry(e.occurredAt, e.action, e.fromState,"
                        + " e.toState, e.actor, u.fullName, e.comment) from AuditEvent e left join UserAccount u on u.email = e.actor"
                        + " where e.entityType = :type and e.entityId = :id order by e.occurredAt, e.id", HistoryEntry.class)
                .setParameter("type", entityType).setParameter("id", entityId).getResultList();
    }
}
