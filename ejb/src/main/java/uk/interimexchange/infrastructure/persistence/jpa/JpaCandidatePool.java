package uk.interimexchange.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.interimexchange.domain.model.associate.AssociateStatus;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.need.RequiredSkill;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.shared.Band;
import uk.interimexchange.domain.model.skill.SkillLevel;
import uk.interimexchange.domain.service.matching.CandidatePool;
import uk.interimexchange.domain.service.matching.CandidateProfile;
import uk.interimexchange.domain.service.matching.CandidateProfile.Window;
import uk.interimexchange.domain.service.matching.NeedProfile;

/**
 * Native SQL, a handful of statements a ranking whatever the pool's size: one picks the associates, and each of
 * the others reads one kind of fact for exactly those associates (a sub-select, never a list of ids).
 */
@ApplicationScoped
public class JpaCandidatePool implements CandidatePool {

    /** Not employed by the host. Parameter 1 the host organisation. */
    private static final String NOT_AT_HOST = "(a.employer_id is null or a.employer_id <> ?1)";

    /** A window overlapping the need's dates. Parameters 2 from, 3 to. */
    private static final String AVAILABLE = "exists (select 1 from associate_availability w where w.associate_id = a.id"
            + " and w.available_from <= ?3 and w.available_to >= ?2)";

    /** Consented to matching (UK GDPR): nobody else is matched. */
    private static final String CONSENTED = "a.consent_given_at is not null";

    /** Active, consented, not employed by the host, with a window overlapping the need's dates. */
    private static final String ELIGIBLE = "select a.id from associate a where a.status = 'ACTIVE' and " + NOT_AT_HOST + " and " + CONSENTED
            + " and " + AVAILABLE;

    /** Everyone who applied for or was invited to the need. Parameter 4 the need. */
    private static final String APPLICANTS = "select p.associate_id from application p where p.need_id = ?4";

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<NeedProfile> need(long needId) {
        Need need = em.find(Need.class, needId);
        if (need == null || need.getEarliestStart() == null || need.latestEnd() == null) {
            return Optional.empty();
        }
        List<NeedProfile.Requirement> requirements = new ArrayList<>();
        for (RequiredSkill r : need.getRequiredSkills()) {
            requirements.add(new NeedProfile.Requirement(r.getSkill().getId(), r.getSkill().getName(), r.isEssential(), r.getMinimumLevel()));
        }
        return Optional.of(new NeedProfile(need.getId(), need.getTitle(), need.getOrganisation().getId(), need.getOrganisation().getRegion(),
                need.isRemotePossible(), need.getMinimumBand(), need.getDaysPerWeek(), need.getEarliestStart(), need.latestEnd(),
                requirements));
    }

    @Override
    public List<CandidateProfile> eligibleFor(NeedProfile need) {
        return profiles(need, ELIGIBLE);
    }

    @Override
    public List<CandidateProfile> applicantsOf(NeedProfile need) {
        return profiles(need, APPLICANTS);
    }

    @Override
    public Optional<CandidateProfile> associate(NeedProfile need, long associateId) {
        return profiles(need, "select a.id from associate a where a.id = " + associateId).stream().findFirst(); // a long: no injection
    }

    @Override
    public Map<String, Long> leftOut(NeedProfile need) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("paused or withdrawn", count("select count(*) from associate a where a.status in ('PAUSED', 'WITHDRAWN')", need));
        counts.put("employed by the host organisation (conflict of interest)",
                count("select count(*) from associate a where a.status = 'ACTIVE' and a.employer_id = ?1", need));
        counts.put(NO_CONSENT, count("select count(*) from associate a where a.status = 'ACTIVE' and " + NOT_AT_HOST
                + " and not " + CONSENTED, need));
        counts.put("no overlapping availability", count("select count(*) from associate a where a.status = 'ACTIVE' and "
                + NOT_AT_HOST + " and " + CONSENTED + " and not " + AVAILABLE, need));
        return counts;
    }

    private long count(String sql, NeedProfile need) {
        return ((Number) bind(em.createNativeQuery(sql), need, sql).getSingleResult()).longValue();
    }

    /** Reads every fact scoring needs for the associates the selection picks. */
    private List<CandidateProfile> profiles(NeedProfile need, String selection) {
        Map<Long, Object[]> core = new LinkedHashMap<>();
        for (Object row : rows("select a.id, u.full_name, a.status, a.employer_id, a.band, a.remote_suits, a.consent_given_at from associate a"
                + " join user_account u on u.id = a.account_id where a.id in (" + selection + ") order by a.id", need)) {
            Object[] r = (Object[]) row;
            core.put(id(r[0]), r);
        }
        if (core.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<Long, SkillLevel>> skills = new HashMap<>();
        Set<Long> asked = need.requirements().stream().map(NeedProfile.Requirement::skillId).collect(Collectors.toSet());
        for (Object row : rows("select s.associate_id, s.skill_id, s.skill_level from associate_skill s where s.associate_id in ("
                + selection + ")", need)) {
            Object[] r = (Object[]) row;
            if (asked.contains(id(r[1]))) { // only the skills this need asks for matter to its score
                skills.computeIfAbsent(id(r[0]), k -> new HashMap<>()).put(id(r[1]), SkillLevel.valueOf((String) r[2]));
            }
        }
        Map<Long, Set<Region>> regions = new HashMap<>();
        for (Object row : rows("select r.associate_id, r.region from associate_region r where r.associate_id in (" + selection + ")", need)) {
            Object[] r = (Object[]) row;
            regions.computeIfAbsent(id(r[0]), k -> new HashSet<>()).add(Region.valueOf((String) r[1]));
        }
        Map<Long, List<Window>> windows = new HashMap<>();
        for (Object row : rows("select w.associate_id, w.available_from, w.available_to, w.days_per_week from associate_availability w"
                + " where w.associate_id in (" + selection + ") and w.available_from <= ?3 and w.available_to >= ?2", need)) {
            Object[] r = (Object[]) row;
            windows.computeIfAbsent(id(r[0]), k -> new ArrayList<>()).add(new Window(date(r[1]).toLocalDate(), date(r[2]).toLocalDate(),
                    decimal(r[3])));
        }
        Map<Long, Object[]> load = new HashMap<>();
        for (Object row : rows("select p.associate_id, count(*), sum(p.days_per_week) from placement p where p.state in ('AGREED', 'ACTIVE')"
                + " and p.associate_id in (" + selection + ") group by p.associate_id", need)) {
            Object[] r = (Object[]) row;
            load.put(id(r[0]), r);
        }
        Set<Long> placedThere = ids("select distinct p.associate_id from placement p where p.organisation_id = ?1"
                + " and p.state in ('ACTIVE', 'COMPLETED', 'ENDED_EARLY') and p.associate_id in (" + selection + ")", need);
        Set<Long> releasePending = ids("select distinct p.associate_id from placement p where p.state = 'PROPOSED' and not exists"
                + " (select 1 from placement_sign_off s where s.placement_id = p.id and s.party = 'LINE_MANAGER')"
                + " and p.associate_id in (" + selection + ")", need);
        Set<Long> applied = ids(APPLICANTS, need);

        List<CandidateProfile> profiles = new ArrayList<>();
        core.forEach((associateId, r) -> {
            Object[] l = load.get(associateId);
            profiles.add(new CandidateProfile(associateId, (String) r[1], AssociateStatus.valueOf((String) r[2]),
                    r[3] == null ? null : id(r[3]), r[4] == null ? null : Band.valueOf((String) r[4]), regions.getOrDefault(associateId, Set.of()),
                    Boolean.TRUE.equals(r[5]), skills.getOrDefault(associateId, Map.of()), windows.getOrDefault(associateId, List.of()),
                    l == null ? BigDecimal.ZERO : decimal(l[2]), l == null ? 0 : ((Number) l[1]).intValue(),
                    placedThere.contains(associateId), releasePending.contains(associateId), applied.contains(associateId), r[6] != null));
        });
        return profiles;
    }

    private List<?> rows(String sql, NeedProfile need) {
        return bind(em.createNativeQuery(sql), need, sql).getResultList();
    }

    private Set<Long> ids(String sql, NeedProfile need) {
        return rows(sql, need).stream().map(JpaCandidatePool::id).collect(Collectors.toSet());
    }

    /** Binds the parameters a statement uses: 1 the host organisation, 2 and 3 the need's dates, 4 the need. */
    private static Query bind(Query query, NeedProfile need, String sql) {
        if (sql.contains("?1")) {
            query.setParameter(1, need.organisationId());
        }
        if (sql.contains("?2")) {
            query.setParameter(2, Date.valueOf(need.from()));
        }
        if (sql.contains("?3")) {
            query.setParameter(3, Date.valueOf(need.to()));
        }
        if (sql.contains("?4")) {
            query.setParameter(4, need.needId());
        }
        return query;
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    private static Date date(Object value) {
        return value instanceof Date d ? d : Date.valueOf(value.toString().substring(0, 10));
    }
}
