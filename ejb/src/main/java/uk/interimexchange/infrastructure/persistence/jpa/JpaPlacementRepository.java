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
import uk.interimexchange.domain.model.placement.BriefingInvitation;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.placement.PlacementRepository;
import uk.interimexchange.domain.model.placement.PlacementSearch;
import uk.interimexchange.domain.model.placement.PlacementState;
import uk.interimexchange.domain.model.placement.PlacementSummary;
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
    public Optional<Placement> findToShow(long id) {
        // one statement for what the page shows of each reference; the collections follow, one statement each
        return Queries.first(em.createQuery("select p from Placement p join fetch p.associate a join fetch a.account"
                + " left join fetch a.employer join fetch p.need n join fetch n.organisation join fetch n.sponsor s left join fetch s.organisation join fetch p.organisation"
                + " join fetch p.scopingVersion v join fetch v.document join fetch p.application where p.id = :id", Placement.class)
                .setParameter("id", id));
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

    /**
     * What {@code PlacementRisk} calls at risk, as a condition on the columns the placement keeps: not started past its
     * start date; or active with a check-in overdue, a deliverable at risk, ending within 14 days (or past its end)
     * with no close-out planned, or days worked far behind.
     */
    static final String AT_RISK = "((p.state in :notStarted and p.startDate < :today) or (p.state = :active and ("
            + "p.checkInDueOn < :today or p.deliverableAtRisk = true"
            + " or (p.endDate <= :fortnight and (p.closeOutPlannedOn is null or p.closeOutPlannedOn < :today))"
            + " or p.behindFrom <= :today)))";

    private static final String SUMMARY = "select new uk.interimexchange.domain.model.placement.PlacementSummary(p.id, n.title, a.id,"
            + " u.fullName, o.id, o.name, o.region, p.startDate, p.endDate, p.state, p.daysPerWeek, p.checkInDueOn, p.deliverableAtRisk,"
            + " p.closeOutPlannedOn, p.behindFrom, sum(c.daysWorked))"
            + " from Placement p join p.need n join p.associate a join a.account u join p.organisation o left join p.checkIns c";

    private static final String GROUPED = " group by p.id, n.title, a.id, u.fullName, o.id, o.name, o.region, p.startDate, p.endDate,"
            + " p.state, p.daysPerWeek, p.checkInDueOn, p.deliverableAtRisk, p.closeOutPlannedOn, p.behindFrom";

    @Override
    public Page<PlacementSummary> summaries(PlacementSearch search, LocalDate today, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (search.state() != null) {
            where.append(" and p.state = :state");
            params.put("state", search.state());
        }
        if (search.organisationId() != null) {
            where.append(" and o.id = :organisation");
            params.put("organisation", search.organisationId());
        }
        if (search.associateId() != null) {
            where.append(" and a.id = :associateId");
            params.put("associateId", search.associateId());
        }
        if (Queries.present(search.associate())) {
            where.append(" and lower(u.fullName) like :associate escape '\\'");
            params.put("associate", Queries.containing(search.associate()));
        }
        if (search.region() != null) {
            where.append(" and o.region = :region");
            params.put("region", search.region());
        }
        if (search.atRiskOnly()) {
            where.append(" and ").append(AT_RISK);
            params.put("notStarted", Set.of(PlacementState.PROPOSED, PlacementState.AGREED));
            params.put("active", PlacementState.ACTIVE);
            params.put("today", today);
            params.put("fortnight", today.plusDays(Placement.ENDING_WITHIN_DAYS));
        }
        return Queries.page(em, SUMMARY + where + GROUPED + " order by p.startDate desc, p.id desc",
                "select count(p) from Placement p join p.need n join p.associate a join a.account u join p.organisation o" + where,
                params, PlacementSummary.class, page);
    }

    @Override
    public List<Placement> ofAssociate(long associateId) {
        return em.createQuery("select p from Placement p join fetch p.need join fetch p.organisation where p.associate.id = :id"
                + " order by p.startDate desc, p.id desc", Placement.class).setParameter("id", associateId).getResultList();
    }

    @Override
    public List<Placement> liveForNeed(long needId) {
        return em.createQuery("select p from Placement p where p.need.id = :id and p.state in :live order by p.id", Placement.class)
                .setParameter("id", needId)
                .setParameter("live", Set.of(PlacementState.PROPOSED, PlacementState.AGREED, PlacementState.ACTIVE)).getResultList();
    }

    @Override
    public List<Placement> ofNeed(long needId) {
        return em.createQuery("select p from Placement p where p.need.id = :id order by p.id", Placement.class)
                .setParameter("id", needId).getResultList();
    }

    @Override
    public boolean anyStandingForNeed(long needId) {
        return !em.createQuery("select p.id from Placement p where p.need.id = :id and p.state <> :cancelled", Long.class)
                .setParameter("id", needId).setParameter("cancelled", PlacementState.CANCELLED).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public boolean anyLiveForAssociate(long associateId) {
        return !em.createQuery("select p.id from Placement p where p.associate.id = :id and p.state in :live", Long.class)
                .setParameter("id", associateId)
                .setParameter("live", Set.of(PlacementState.PROPOSED, PlacementState.AGREED, PlacementState.ACTIVE))
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Optional<BriefingInvitation> invitation(long invitationId) {
        return Optional.ofNullable(em.find(BriefingInvitation.class, invitationId));
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
    public List<Long> closedBeforeWithPersonalDetail(java.time.Instant cutoff, int max) {
        return em.createQuery("select p.id from Placement p where p.closedAt < :cutoff and p.personalDetailRemovedAt is null"
                + " order by p.closedAt, p.id", Long.class).setParameter("cutoff", cutoff).setMaxResults(max).getResultList();
    }

    @Override
    public void store(Placement placement) {
        if (placement.getId() == null) {
            em.persist(placement);
            em.flush(); // identity ids are assigned on insert; callers audit with the id
        }
    }
}
