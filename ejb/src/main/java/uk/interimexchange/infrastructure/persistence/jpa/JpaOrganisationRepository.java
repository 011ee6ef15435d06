package uk.interimexchange.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import uk.interimexchange.domain.model.organisation.Organisation;
import uk.interimexchange.domain.model.organisation.OrganisationRepository;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    @Override
    public java.util.Map<String, Organisation> byOdsCodes(java.util.Collection<String> odsCodes) {
        java.util.Map<String, Organisation> found = new java.util.HashMap<>();
        java.util.List<String> all = java.util.List.copyOf(odsCodes);
        for (int from = 0; from < all.size(); from += 1000) {
            em.createQuery("select o from Organisation o where o.odsCode in :codes", Organisation.class)
                    .setParameter("codes", all.subList(from, Math.min(all.size(), from + 1000))).getResultList()
                    .forEach(o -> found.put(o.getOdsCode(), o));
        }
        return found;
    }

    @Override
    public Optional<Organisation> findByOdsCode(String odsCode) {
        return Queries.first(em.createQuery("select o from Organisation o where o.odsCode = :code", Organisation.class)
                .setParameter("code", odsCode));
    }

    @Override
    public Page<Organisation> search(String words, Region region, boolean activeOnly, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (Queries.present(words)) {
            where.append(" and (lower(o.name) like :words escape '\\' or lower(o.odsCode) like :words escape '\\')");
            params.put("words", Queries.containing(words));
        }
        if (region != null) {
            where.append(" and o.region = :region");
            params.put("region", region);
        }
        if (activeOnly) {
            where.append(" and o.active = true");
        }
        return Queries.page(em, "select o from Organisation o" + where + " order by o.name, o.id",
                "select count(o) from Organisation o" + where, params, Organisation.class, page);
    }

    @Override
    public void store(Organisation organisation) {
        if (organisation.getId() == null) {
            em.persist(organisation);
            em.flush(); // identity ids are assigned on insert; callers audit with the id
        }
    }
}
