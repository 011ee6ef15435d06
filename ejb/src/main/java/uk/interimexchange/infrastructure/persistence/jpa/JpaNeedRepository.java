package uk.interimexchange.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.need.NeedCount;
import uk.interimexchange.domain.model.need.NeedFilter;
import uk.interimexchange.domain.model.need.NeedHeadline;
import uk.interimexchange.domain.model.need.NeedRepository;
import uk.interimexchange.domain.model.need.NeedRow;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.placement.PlacementState;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

@ApplicationScoped
public class JpaNeedRepository implements NeedRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Need> find(long id) {
        return Optional.ofNullable(em.find(Need.class, id));
    }

    @Override
    public Page<Need> search(NeedFilter filter, PageRequest page) {
        Matching m = matching(filter);
        return Queries.page(em, "select n from Need n" + m.where() + m.order(), "select count(n) from Need n" + m.where(), m.params(),
                Need.class, page);
    }

    @Override
    public void eachRow(NeedFilter filter, Consumer<NeedRow> row) {
        Matching m = matching(filter);
        Query query = em.createQuery("select n.id, n.title, n.organisation.name, n.organisation.region, n.state, n.daysPerWeek,"
                + " n.earliestStart, n.applicationDeadline from Need n" + m.where() + m.order());
        m.params().forEach(query::setParameter);
        Queries.eachRow(query, columns -> row.accept(new NeedRow(((Number) columns.get(0)).longValue(), (String) columns.get(1),
                (String) columns.get(2), (Region) columns.get(3), (NeedState) columns.get(4), (BigDecimal) columns.get(5),
                (LocalDate) columns.get(6), (LocalDate) columns.get(7))));
    }

    /** The where clause, its parameters and the order of a search: the list and the download share them. */
    private static Matching matching(NeedFilter filter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.states() != null && !filter.states().isEmpty()) {
            where.append(" and n.state in :states");
            params.put("states", filter.states());
        }
        if (filter.organisationId() != null) {
            where.append(" and n.organisation.id = :organisation");
            params.put("organisation", filter.organisationId());
        }
        if (filter.region() != null) {
            where.append(" and n.organisation.region = :region");
            params.put("region", filter.region());
        }
        if (filter.urgency() != null) {
            where.append(" and n.urgency = :urgency");
            params.put("urgency", filter.urgency());
        }
        if (Queries.present(filter.words())) {
            where.append(" and (lower(n.title) like :words escape '\\' or lower(n.problem) like :words escape '\\')");
            params.put("words", Queries.containing(filter.words()));
        }
        if (filter.skillId() != null) {
            where.append(" and exists (select m.id from Need m join m.requiredSkills r where m = n and r.skill.id = :skill)");
            params.put("skill", filter.skillId());
        }
        if (filter.maxDaysPerWeek() != null) {
            where.append(" and n.daysPerWeek <= :days");
            params.put("days", filter.maxDaysPerWeek());
        }
        if (filter.remoteOnly()) {
            where.append(" and n.remotePossible = true");
        }
        if (filter.startingBy() != null) {
            where.append(" and n.earliestStart <= :startingBy");
            params.put("startingBy", filter.startingBy());
        }
        String order = switch (filter.sort()) {
            case CLOSING_SOONEST -> " order by n.applicationDeadline asc, n.id desc";
            case STARTING_SOONEST -> " order by n.earliestStart asc, n.id desc";
            case NEWEST -> " order by n.createdAt desc, n.id desc";
        };
        return new Matching(where.toString(), order, params);
    }

    private record Matching(String where, String order, Map<String, Object> params) {
    }

    @Override
    public List<NeedHeadline> headlines(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select new uk.interimexchange.domain.model.need.NeedHeadline(n.id, n.title, o.name, n.applicationDeadline)"
                + " from Need n join n.organisation o where n.id in :ids", NeedHeadline.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public List<Long> openFittingFor(long associateId, int limit) {
        List<?> ids = em.createNativeQuery("select n.id from need n join organisation o on o.id = n.organisation_id"
                        + " join associate a on a.id = ?1 where n.state = 'OPEN'"
                        + " and exists (select 1 from need_skill ns join associate_skill s on s.skill_id = ns.skill_id"
                        + "   where ns.need_id = n.id and s.associate_id = a.id)"
                        + " and (o.region in (select r.region from associate_region r where r.associate_id = a.id)"
                        + "   or (n.remote_possible = true and a.remote_suits = true))"
                        + " and (a.employer_id is null or n.organisation_id <> a.employer_id)"
                        + " order by n.application_deadline, n.id")
                .setParameter(1, associateId).setMaxResults(limit).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Override
    public Page<Need> openFitting(Set<Long> skillIds, Set<Region> regions, boolean remoteSuits, Long excludedOrganisationId,
                                  PageRequest page) {
        if (skillIds.isEmpty() || regions.isEmpty() && !remoteSuits) {
            return new Page<>(List.of(), 0, page.offset(), page.limit());
        }
        Map<String, Object> params = new HashMap<>();
        params.put("open", NeedState.OPEN);
        params.put("skills", skillIds);
        StringBuilder where = new StringBuilder(" where n.state = :open and exists (select m.id from Need m join m.requiredSkills r"
                + " where m = n and r.skill.id in :skills)");
        String regionFit = regions.isEmpty() ? null : "n.organisation.region in :regions";
        String remoteFit = remoteSuits ? "n.remotePossible = true" : null;
        where.append(" and (").append(regionFit == null ? remoteFit : remoteFit == null ? regionFit : regionFit + " or " + remoteFit)
                .append(")");
        if (!regions.isEmpty()) {
            params.put("regions", regions);
        }
        if (excludedOrganisationId != null) {
            where.append(" and n.organisation.id <> :excluded");
            params.put("excluded", excludedOrganisationId);
        }
        return Queries.page(em, "select n from Need n" + where + " order by n.applicationDeadline, n.id",
                "select count(n) from Need n" + where, params, Need.class, page);
    }

    @Override
    public long count(NeedState state) {
        return em.createQuery("select count(n) from Need n where n.state = :state", Long.class)
                .setParameter("state", state).getSingleResult();
    }

    @Override
    public List<NeedCount> countByRegionAndState() {
        return em.createQuery("select new uk.interimexchange.domain.model.need.NeedCount(n.organisation.region, n.state, count(n))"
                + " from Need n group by n.organisation.region, n.state", NeedCount.class).getResultList();
    }

    /** A need counts as filled when a placement made from it went ahead (one that fell through does not). */
    static final String FILLED = "n.filledAt is not null and n.submittedAt is not null"
            + " and exists (select p.id from Placement p where p.need = n and p.state in :wentAhead)";

    /** The placement states of one that went ahead, for {@link #FILLED}. */
    static final Set<PlacementState> WENT_AHEAD = EnumSet.of(PlacementState.AGREED, PlacementState.ACTIVE, PlacementState.COMPLETED,
            PlacementState.ENDED_EARLY);

    @Override
    public List<Long> daysToFill() {
        return em.createQuery("select n.submittedAt, n.filledAt from Need n where " + FILLED, Object[].class)
                .setParameter("wentAhead", WENT_AHEAD)
                .getResultList().stream()
                .map(row -> Duration.between((Instant) row[0], (Instant) row[1]).toDays()).toList();
    }

    @Override
    public Page<Need> fallenThrough(PageRequest page) {
        String where = " where n.state = :filled and not exists (select p.id from Placement p where p.need = n and p.state <> :cancelled)";
        return Queries.page(em, "select n from Need n" + where + " order by n.filledAt, n.id", "select count(n) from Need n" + where,
                Map.of("filled", NeedState.FILLED, "cancelled", PlacementState.CANCELLED), Need.class, page);
    }

    @Override
    public void store(Need need) {
        if (need.getId() == null) {
            em.persist(need);
            em.flush(); // identity ids are assigned on insert; callers audit with the id
        }
    }

    @Override
    public boolean anyInPlayForSponsor(long accountId) {
        return !em.createQuery("select n.id from Need n where n.sponsor.id = :id and (n.state in :inPlay or exists (select p.id"
                        + " from Placement p where p.need = n and p.state in :live))", Long.class)
                .setParameter("id", accountId)
                .setParameter("inPlay", java.util.EnumSet.of(NeedState.SUBMITTED, NeedState.SCOPING, NeedState.OPEN, NeedState.SHORTLISTING))
                .setParameter("live", java.util.EnumSet.of(uk.interimexchange.domain.model.placement.PlacementState.PROPOSED,
                        uk.interimexchange.domain.model.placement.PlacementState.AGREED,
                        uk.interimexchange.domain.model.placement.PlacementState.ACTIVE))
                .setMaxResults(1).getResultList().isEmpty();
    }
}
