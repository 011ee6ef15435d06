package uk.interimexchange.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import uk.interimexchange.domain.model.associate.Associate;
import uk.interimexchange.domain.model.associate.AssociateRepository;
import uk.interimexchange.domain.model.associate.AssociateStatus;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

@ApplicationScoped
public class JpaAssociateRepository implements AssociateRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Associate> find(long id) {
        return Optional.ofNullable(em.find(Associate.class, id));
    }

    @Override
    public Optional<Associate> findByAccount(long accountId) {
        return Queries.first(em.createQuery("select a from Associate a where a.account.id = :id", Associate.class)
                .setParameter("id", accountId));
    }

    @Override
    public Page<Associate> search(String words, AssociateStatus status, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (Queries.present(words)) {
            where.append(" and (lower(a.account.fullName) like :words escape '\\' or lower(a.jobTitle) like :words escape '\\')");
            params.put("words", Queries.containing(words));
        }
        if (status != null) {
            where.append(" and a.status = :status");
            params.put("status", status);
        }
        return Queries.page(em, "select a from Associate a" + where + " order by a.account.fullName, a.id",
                "select count(a) from Associate a" + where, params, Associate.class, page);
    }

    @Override
    public long count(AssociateStatus status) {
        return em.createQuery("select count(a) from Associate a where a.status = :status", Long.class)
                .setParameter("status", status).getSingleResult();
    }

    @Override
    public void store(Associate associate) {
        if (associate.getId() == null) {
            em.persist(associate);
            em.flush(); // identity ids are assigned on insert; callers audit with the id
        }
    }
}
