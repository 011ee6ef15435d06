package uk.interimexchange.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.interimexchange.domain.model.account.AccountStatus;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.account.UserAccountRepository;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public void holdForUpdate(UserAccount account) {
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public Optional<UserAccount> findByEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return Queries.first(em.createQuery("select a from UserAccount a where a.email = :email", UserAccount.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT)));
    }

    @Override
    public java.util.Set<String> existingEmails(java.util.Collection<String> emails) {
        java.util.Set<String> existing = new java.util.HashSet<>();
        List<String> all = List.copyOf(emails);
        for (int from = 0; from < all.size(); from += 1000) { // a bounded IN list, so a cohort of 5,000 is five statements
            existing.addAll(em.createQuery("select a.email from UserAccount a where a.email in :emails", String.class)
                    .setParameter("emails", all.subList(from, Math.min(all.size(), from + 1000))).getResultList());
        }
        return existing;
    }

    @Override
    public List<Long> neverConfirmedBefore(java.time.Instant cutoff, int max) {
        return em.createQuery("select a.id from UserAccount a where a.status = :pending and a.createdAt < :cutoff order by a.createdAt, a.id",
                        Long.class)
                .setParameter("pending", AccountStatus.PENDING_VERIFICATION).setParameter("cutoff", cutoff).setMaxResults(max).getResultList();
    }

    @Override
    public Optional<UserAccount> findByCalendarFeed(String secretHash) {
        return Queries.first(em.createQuery("select a from UserAccount a where a.calendarFeedHash = :hash", UserAccount.class)
                .setParameter("hash", secretHash));
    }

    @Override
    public List<Long> activeWithRole(Role role) {
        return em.createQuery("select a.id from UserAccount a join a.roles r where r = :role and a.status = :active", Long.class)
                .setParameter("role", role).setParameter("active", AccountStatus.ACTIVE).getResultList();
    }

    @Override
    public List<UserAccount> activeHostContactsOf(long organisationId) {
        return em.createQuery("select a from UserAccount a join a.roles r where r = :host and a.status = :active"
                        + " and a.organisation.id = :organisation order by a.fullName, a.id", UserAccount.class)
                .setParameter("host", Role.HOST).setParameter("active", AccountStatus.ACTIVE).setParameter("organisation", organisationId)
                .setMaxResults(PageRequest.MAX_LIMIT).getResultList();
    }

    @Override
    public List<UserAccount> withStatus(AccountStatus status) {
        return em.createQuery("select a from UserAccount a where a.status = :status order by a.createdAt, a.id", UserAccount.class)
                .setParameter("status", status)
                .setMaxResults(200)
                .getResultList();
    }

    @Override
    public Page<UserAccount> search(String words, PageRequest page) {
        String where = Queries.present(words)
                ? " where lower(a.fullName) like :words escape '\\' or a.email like :words escape '\\'" : "";
        Map<String, Object> params = Queries.present(words) ? Map.of("words", Queries.containing(words)) : Map.of();
        return Queries.page(em, "select a from UserAccount a" + where + " order by a.fullName, a.id",
                "select count(a) from UserAccount a" + where, params, UserAccount.class, page);
    }

    @Override
    public void store(UserAccount account) {
        if (account.getId() == null) {
            em.persist(account);
            em.flush(); // identity ids are assigned on insert; callers audit with the id
        }
    }
}
