package uk.interimexchange.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.interimexchange.domain.model.associate.Associate;
import uk.interimexchange.domain.model.associate.AssociateRepository;
import uk.interimexchange.domain.model.associate.AssociateStatus;
import uk.interimexchange.domain.model.associate.AvailabilityWindow;
import uk.interimexchange.domain.model.associate.PoolMember;
import uk.interimexchange.domain.model.associate.TalentPoolSearch;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.shared.Band;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;
import uk.interimexchange.domain.model.skill.SkillLevel;

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

    /**
     * Native SQL (availability's columns are named from and to, words JPQL keeps for itself): one statement for the
     * page, one for the count, and one each for the skills, regions and windows of the page's associates.
     */
    @Override
    public Page<PoolMember> pool(TalentPoolSearch search, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (Queries.present(search.words())) {
            String words = bind(params, Queries.containing(search.words()));
            where.append(" and (lower(u.full_name) like " + words + " escape '\\' or lower(a.job_title) like " + words
                    + " escape '\\' or lower(a.experience_summary) like " + words + " escape '\\')");
        }
        if (search.skillId() != null) {
            where.append(" and exists (select 1 from associate_skill h where h.associate_id = a.id and h.skill_id = ")
                    .append(bind(params, search.skillId())).append(")");
        }
        if (search.minimumBand() != null) {
            where.append(" and a.band in (").append(String.join(", ", EnumSet.range(search.minimumBand(), Band.VSM).stream()
                    .map(b -> bind(params, b.name())).toList())).append(")");
        }
        if (search.region() != null) {
            where.append(" and exists (select 1 from associate_region r where r.associate_id = a.id and r.region = ")
                    .append(bind(params, search.region().name())).append(")");
        }
        if (search.asksAvailability()) {
            where.append(" and exists (select 1 from associate_availability w where w.associate_id = a.id and w.available_from <= ")
                    .append(bind(params, java.sql.Date.valueOf(search.overlapTo()))).append(" and w.available_to >= ")
                    .append(bind(params, java.sql.Date.valueOf(search.overlapFrom()))).append(")");
        }
        if (search.status() != null) {
            where.append(" and a.status = ").append(bind(params, search.status().name()));
        }
        String from = " from associate a join user_account u on u.id = a.account_id left join organisation e on e.id = a.employer_id";
        Query select = native_("select a.id, u.full_name, a.job_title, e.name, a.band, a.status, a.consent_given_at, a.remote_suits"
                + from + where + " order by u.full_name, a.id", params).setFirstResult(page.offset()).setMaxResults(page.limit());
        long total = ((Number) native_("select count(*)" + from + where, params).getSingleResult()).longValue();
        List<Object[]> rows = rows(select);
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, List<PoolMember.Held>> skills = new HashMap<>();
        Map<Long, List<Region>> regions = new HashMap<>();
        Map<Long, List<AvailabilityWindow>> windows = new HashMap<>();
        if (!ids.isEmpty()) {
            String in = " in (" + String.join(", ", ids.stream().map(String::valueOf).toList()) + ")"; // longs: no injection
            rows(em.createNativeQuery("select h.associate_id, s.name, h.skill_level from associate_skill h join skill s on s.id = h.skill_id"
                    + " where h.associate_id" + in + " order by h.associate_id, h.position")).forEach(r -> skills.computeIfAbsent(
                    ((Number) r[0]).longValue(), k -> new ArrayList<>()).add(new PoolMember.Held((String) r[1], SkillLevel.valueOf((String) r[2]))));
            rows(em.createNativeQuery("select r.associate_id, r.region from associate_region r where r.associate_id" + in))
                    .forEach(r -> regions.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(Region.valueOf((String) r[1])));
            rows(em.createNativeQuery("select w.associate_id, w.available_from, w.available_to, w.days_per_week from associate_availability w"
                    + " where w.associate_id" + in + " order by w.associate_id, w.available_from")).forEach(r -> windows.computeIfAbsent(
                    ((Number) r[0]).longValue(), k -> new ArrayList<>()).add(new AvailabilityWindow(date(r[1]), date(r[2]), decimal(r[3]))));
        }
        List<PoolMember> members = rows.stream().map(r -> {
            long id = ((Number) r[0]).longValue();
            return new PoolMember(id, (String) r[1], (String) r[2], (String) r[3], r[4] == null ? null : Band.valueOf((String) r[4]),
                    AssociateStatus.valueOf((String) r[5]), r[6] != null, Boolean.TRUE.equals(r[7]),
                    regions.getOrDefault(id, List.of()).stream().sorted().toList(), skills.getOrDefault(id, List.of()),
                    windows.getOrDefault(id, List.of()));
        }).toList();
        return new Page<>(members, total, page.offset(), page.limit());
    }

    /** Adds a parameter and answers its numbered placeholder. */
    private static String bind(List<Object> params, Object value) {
        params.add(value);
        return "?" + params.size();
    }

    private Query native_(String sql, List<Object> params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return (List<Object[]>) query.getResultList();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(value.toString().substring(0, 10));
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
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
