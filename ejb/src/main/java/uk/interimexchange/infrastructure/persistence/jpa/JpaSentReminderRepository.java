package uk.interimexchange.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.interimexchange.domain.model.reminder.DueReminder;
import uk.interimexchange.domain.model.reminder.ReminderKind;
import uk.interimexchange.domain.model.reminder.SentReminder;
import uk.interimexchange.domain.model.reminder.SentReminderRepository;

@ApplicationScoped
public class JpaSentReminderRepository implements SentReminderRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean wasSent(DueReminder due) {
        return em.createQuery("select count(r) from SentReminder r where r.kind = :kind and r.subjectId = :subject and r.dueOn = :due",
                Long.class).setParameter("kind", due.kind()).setParameter("subject", due.subjectId()).setParameter("due", due.dueOn())
                .getSingleResult() > 0;
    }

    @Override
    public void record(SentReminder sent) {
        em.persist(sent);
        em.flush(); // the unique key is checked now, before any notification of this reminder is written
    }

    @Override
    public List<SentReminder> about(ReminderKind kind, long subjectId) {
        return em.createQuery("select r from SentReminder r where r.kind = :kind and r.subjectId = :subject order by r.dueOn",
                SentReminder.class).setParameter("kind", kind).setParameter("subject", subjectId).getResultList();
    }
}
