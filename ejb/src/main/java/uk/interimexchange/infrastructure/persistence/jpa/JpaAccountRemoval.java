package uk.interimexchange.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import uk.interimexchange.application.port.AccountRemoval;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.associate.AssociateRepository;
import uk.interimexchange.domain.model.link.LinkPurpose;

/** Bulk statements in the caller's transaction: the account goes with everything that named it, or none of it does. */
@ApplicationScoped
public class JpaAccountRemoval implements AccountRemoval {

    @PersistenceContext
    EntityManager em;

    @Inject
    AssociateRepository associates;

    @Override
    public void removeNeverConfirmed(UserAccount account, String replacement) {
        String email = account.getEmail();
        em.createQuery("update AuditEvent e set e.actor = :replacement where e.actor = :email")
                .setParameter("replacement", replacement).setParameter("email", email).executeUpdate();
        em.createQuery("delete from Email e where e.recipient = :email").setParameter("email", email).executeUpdate();
        em.createQuery("delete from SingleUseLink l where l.subjectId = :id and l.purpose in :aboutAccounts")
                .setParameter("id", account.getId())
                .setParameter("aboutAccounts", EnumSet.of(LinkPurpose.VERIFY_EMAIL, LinkPurpose.RESET_PASSWORD)).executeUpdate();
        em.createQuery("delete from Notification n where n.recipientId = :id").setParameter("id", account.getId()).executeUpdate();
        associates.findByAccount(account.getId()).ifPresent(em::remove); // an associate's draft profile
        em.flush();
        em.remove(account);
        em.flush();
    }
}
