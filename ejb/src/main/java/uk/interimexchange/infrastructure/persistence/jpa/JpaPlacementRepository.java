package uk.interimexchange.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.interimexchange.domain.model.placement.DeliverableStatus;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.placement.PlacementRepository;
import uk.interimexchange.domain.model.placement.PlacementState;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

@ApplicationScoped
public class JpaPlacementRepository implements PlacementRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Placement> find(long id) {
        return Optional.ofNullable(em.find(Placement.class, id));
    }

    @Override
    public Optional<Placement> findByApplication(long applicationId) {
        return Queries.first(em.createQuery("select p from Placement p where p.application.id = :id", Placement.class)
                .setParameter("id", applicationId));
    }

    @Override
    public Page<Placement> search(PlacementState state, Long organisationId, Long associateId, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (state != null) {
            where.append(" and p.state = :state");
            params.put("state", state);
        }
        if (organisationId != null) {
            where.append(" and p.organisation.id = :organisation");
            params.put("organisation", organisationId);
        }
        if (associateId != null) {
            where.append(" and p.associate.id = :associate");
            params.put("associate", associateId);
        }
        return Queries.page(em, "select p from Placement p" + where + " order by p.startDate desc, p.id desc",
                "select count(p) from Placement p" + where, params, Placement.class, page);
    }

    @Override
    public BigDecimal daysWorkedBetween(LocalDate from, LocalDate to) {
        BigDecimal sum = em.createQuery("select sum(c.daysWorked) from CheckIn c where c.date between :from and :to", BigDecimal.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    @Override
    public Page<Placement> atRisk(PageRequest page) {
        String where = " where p.state = :active and exists (select c.id from CheckIn c join c.progress r where c.placement = p"
                + " and r.status = :atRisk and c.date = (select max(l.date) from CheckIn l where l.placement = p))";
        return Queries.page(em, "select p from Placement p" + where + " order by p.endDate, p.id", "select count(p) from Placement p" + where,
                Map.of("active", PlacementState.ACTIVE, "atRisk", DeliverableStatus.AT_RISK), Placement.class, page);
    }

    @Override
    public long count(PlacementState state) {
        return em.createQuery("select count(p) from Placement p where p.state = :state", Long.class)
                .setParameter("state", state).getSingleResult();
    }

    @Override
    public List<Long> idsInStates(Set<PlacementState> states) {
        return em.createQuery("select p.id from Placement p where p.state in :states order by p.id", Long.class)
                .setParameter("states", states).getResultList();
    }

    @Override
    public void store(Placement placement) {
        if (placement.getId() == null) {
            em.persist(placement);
            em.flush(); // identity ids are assigned on insert; callers audit with the id
        }
    }
}
