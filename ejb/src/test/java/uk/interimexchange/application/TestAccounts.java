package uk.interimexchange.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.organisation.Organisation;

/** Creates the accounts a test acts as; unique emails keep the test methods independent. */
@Stateless
public class TestAccounts {

    @PersistenceContext
    EntityManager em;

    public Actor create(String name, Role role, String odsCode) {
        Organisation organisation = odsCode == null ? null
                : em.createQuery("select o from Organisation o where o.odsCode = :c", Organisation.class)
                        .setParameter("c", odsCode).getSingleResult();
        UserAccount account = new UserAccount(UUID.randomUUID() + "@test.example", name, Set.of(role), organisation, Instant.now());
        em.persist(account);
        em.flush();
        return Actor.of(account);
    }

    /** A profile as rows from before consent was asked for can be: active, with no consent recorded. */
    public void withoutConsent(long associateId) {
        em.createNativeQuery("update associate set consent_given_at = null where id = ?1").setParameter(1, associateId).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(uk.interimexchange.domain.model.associate.Associate.class, associateId);
    }
}
