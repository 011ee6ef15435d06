package uk.interimexchange.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.interimexchange.domain.model.audit.AuditEvent;
import uk.interimexchange.domain.model.audit.AuditRepository;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void append(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditEvent> historyOf(String entityType, long entityId) {
        return em.createQuery("select e from AuditEvent e where e.entityType = :type and e.entityId = :id"
                        + " order by e.occurredAt, e.id", AuditEvent.class)
                .setParameter("type", entityType).setParameter("id", entityId).getResultList();
    }
}
