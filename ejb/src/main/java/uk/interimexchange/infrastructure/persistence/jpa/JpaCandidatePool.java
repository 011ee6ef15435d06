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
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.shared.Band;
import uk.interimexchange.domain.model.skill.SkillLevel;
import uk.interimexchange.domain.service.matching.CandidatePool;
import uk.interimexchange.domain.service.matching.CandidateProfile;
import uk.interimexchange.domain.service.matching.CandidateProfile.Window;
import uk.interimexchange.domain.service.matching.NeedProfile;

/**
 * Native SQL, a handful of statements a ranking whatever the pool's size: one picks the associates, one reads their
 * skills, regions and windows together, one their placements, each for exactly those associates (a sub-select, never
 * a list of ids).
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
        return needs(List.of(needId)).stream().findFirst();
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
    public List<NeedProfile> needs(java.util.Collection<Long> needIds) {
        if (needIds.isEmpty()) {
            return List.of();
        }
        Map<Long, List<NeedProfile.Requirement>> requirements = new HashMap<>();
        for (Object row : em.createNativeQuery("select ns.need_id, ns.skill_id, s.name, ns.importance, ns.minimum_level from need_skill ns"
                + " join skill s on s.id = ns.skill_id where ns.need_id in (" + idList(needIds) + ") order by ns.need_id, ns.position")
                .getResultList()) {
            Object[] r = (Object[]) row;
            requirements.computeIfAbsent(id(r[0]), k -> new ArrayList<>()).add(new NeedProfile.Requirement(id(r[1]), (String) r[2],
                    "ESSENTIAL".equals(r[3]), SkillLevel.valueOf((String) r[4])));
        }
        List<NeedProfile> profiles = new ArrayList<>();
        // columns, not entities: loading a need would load its sponsor and more with it
        for (Object row : em.createNativeQuery("select n.id, n.title, n.organisation_id, o.region, n.remote_possible, n.minimum_band,"
                + " n.days_per_week, n.earliest_start, n.latest_start, n.expected_weeks from need n join organisation o on o.id = n.organisation_id"
                + " where n.id in (" + idList(needIds) + ") order by n.id").getResultList()) {
            Object[] n = (Object[]) row;
            if (n[7] != null && n[8] != null && n[9] != null) {
                long id = id(n[0]);
                profiles.add(new NeedProfile(id, (String) n[1], id(n[2]), Region.valueOf((String) n[3]), Boolean.TRUE.equals(n[4]),
                        n[5] == null ? null : Band.valueOf((String) n[5]), decimal(n[6]), date(n[7]).toLocalDate(),
                        date(n[8]).toLocalDate().plusWeeks(((Number) n[9]).intValue()), requirements.getOrDefault(id, List.of())));
            }
        }
        return profiles;
    }

    @Override
    public Map<Long, CandidateProfile> associateFor(List<NeedProfile> needs, long associateId) {
        Map<Long, CandidateProfile> byNeed = new LinkedHashMap<>();
        if (needs.isEmpty()) {
            return byNeed;
        }
        String me = "select a.id from associate a where a.id = " + associateId; // a long: no injection
        List<?> core = em.createNativeQuery("select a.id, u.full_name, a.status, a.employer_id, a.band, a.remote_suits, a.consent_given_at"
                + " from associate a join user_account u on u.id = a.account_id where a.id = " + associateId).getResultList();
        if (core.isEmpty()) {
            return byNeed;
        }
        Object[] r = (Object[]) core.get(0);
        // skills, regions, windows of availability and the needs applied for, in one statement
        Map<Long, SkillLevel> held = new HashMap<>();
        Set<Long> appliedTo = new HashSet<>();
        Set<Region> regions = new HashSet<>();
        List<Window> windows = new ArrayList<>();
        for (Object row : em.createNativeQuery("select 'S', s.skill_id, s.skill_level, cast(null as date), cast(null as date),"
                + " cast(null as numeric(3,1)) from associate_skill s where s.associate_id in (" + me + ")"
                + " union all select 'R', cast(null as bigint), r.region, cast(null as date), cast(null as date), cast(null as numeric(3,1))"
                + " from associate_region r where r.associate_id in (" + me + ")"
                + " union all select 'W', cast(null as bigint), cast(null as varchar(40)), w.available_from, w.available_to, w.days_per_week"
                + " from associate_availability w where w.associate_id in (" + me + ")"
                + " union all select 'A', p.need_id, cast(null as varchar(40)), cast(null as date), cast(null as date), cast(null as numeric(3,1))"
                + " from application p where p.associate_id in (" + me + ")").getResultList()) {
            Object[] f = (Object[]) row;
            switch (f[0].toString().strip()) {
                case "S" -> held.put(id(f[1]), SkillLevel.valueOf((String) f[2]));
                case "R" -> regions.add(Region.valueOf((String) f[2]));
                case "A" -> appliedTo.add(id(f[1]));
                default -> windows.add(new Window(date(f[3]).toLocalDate(), date(f[4]).toLocalDate(), decimal(f[5])));
            }
        }
        // every placement of theirs, once: the load (agreed and active), where they have worked, what waits for a release
        BigDecimal loadDays = BigDecimal.ZERO;
        int loadCount = 0;
        Set<Long> workedAt = new HashSet<>();
        boolean releasePending = false;
        for (Object row : em.createNativeQuery("select p.organisation_id, p.state, p.days_per_week, (select count(*) from placement_sign_off s"
                + " where s.placement_id = p.id and s.party = 'LINE_MANAGER') from placement p where p.associate_id in (" + me + ")")
                .getResultList()) {
            Object[] p = (Object[]) row;
            String state = (String) p[1];
            if ("AGREED".equals(state) || "ACTIVE".equals(state)) {
                loadCount++;
                loadDays = loadDays.add(decimal(p[2]));
            }
            if ("ACTIVE".equals(state) || "COMPLETED".equals(state) || "ENDED_EARLY".equals(state)) {
                workedAt.add(id(p[0]));
            }
            if ("PROPOSED".equals(state) && ((Number) p[3]).longValue() == 0) {
                releasePending = true;
            }
        }
        for (NeedProfile need : needs) {
            Set<Long> asked = need.requirements().stream().map(NeedProfile.Requirement::skillId).collect(Collectors.toSet());
            Map<Long, SkillLevel> skills = new HashMap<>(held);
            skills.keySet().retainAll(asked); // only the skills this need asks for matter to its score
            List<Window> overlapping = windows.stream().filter(w -> !w.from().isAfter(need.to()) && !w.to().isBefore(need.from())).toList();
            byNeed.put(need.needId(), new CandidateProfile(associateId, (String) r[1], AssociateStatus.valueOf((String) r[2]),
                    r[3] == null ? null : id(r[3]), r[4] == null ? null : Band.valueOf((String) r[4]), regions, Boolean.TRUE.equals(r[5]),
                    skills, overlapping, loadDays, loadCount, workedAt.contains(need.organisationId()), releasePending,
                    appliedTo.contains(need.needId()), r[6] != null));
        }
        return byNeed;
    }

    private static String idList(java.util.Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",")); // longs: no injection
    }

    @Override
    public Map<String, Long> leftOut(NeedProfile need) {
        String active = "a.status = 'ACTIVE' and " + NOT_AT_HOST;
        String sql = "select sum(case when a.status in ('PAUSED', 'WITHDRAWN') then 1 else 0 end),"
                + " sum(case when a.status = 'ACTIVE' and a.employer_id = ?1 then 1 else 0 end),"
                + " sum(case when " + active + " and not " + CONSENTED + " then 1 else 0 end),"
                + " sum(case when " + active + " and " + CONSENTED + " and not " + AVAILABLE + " then 1 else 0 end)"
                + " from associate a"; // one pass over the pool, each reason counted once
        Object[] sums = (Object[]) bind(em.createNativeQuery(sql), need, sql).getSingleResult();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("paused or withdrawn", number(sums[0]));
        counts.put("employed by the host organisation (conflict of interest)", number(sums[1]));
        counts.put(NO_CONSENT, number(sums[2]));
        counts.put("no overlapping availability", number(sums[3]));
        return counts;
    }

    private static long number(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue(); // no associates at all: sums are null
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
        Set<Long> asked = need.requirements().stream().map(NeedProfile.Requirement::skillId).collect(Collectors.toSet());
        Map<Long, Map<Long, SkillLevel>> skills = new HashMap<>();
        Map<Long, Set<Region>> regions = new HashMap<>();
        Map<Long, List<Window>> windows = new HashMap<>();
        // skills, regions and the windows overlapping the need, in one statement
        for (Object row : rows("select 'S', s.associate_id, s.skill_id, s.skill_level, cast(null as date), cast(null as date),"
                + " cast(null as numeric(3,1)) from associate_skill s where s.associate_id in (" + selection + ")"
                + " union all select 'R', r.associate_id, cast(null as bigint), r.region, cast(null as date), cast(null as date),"
                + " cast(null as numeric(3,1)) from associate_region r where r.associate_id in (" + selection + ")"
                + " union all select 'W', w.associate_id, cast(null as bigint), cast(null as varchar(40)), w.available_from,"
                + " w.available_to, w.days_per_week from associate_availability w where w.associate_id in (" + selection + ")"
                + " and w.available_from <= ?3 and w.available_to >= ?2", need)) {
            Object[] r = (Object[]) row;
            long associateId = id(r[1]);
            switch (r[0].toString().strip()) {
                case "S" -> {
                    if (asked.contains(id(r[2]))) { // only the skills this need asks for matter to its score
                        skills.computeIfAbsent(associateId, k -> new HashMap<>()).put(id(r[2]), SkillLevel.valueOf((String) r[3]));
                    }
                }
                case "R" -> regions.computeIfAbsent(associateId, k -> new HashSet<>()).add(Region.valueOf((String) r[3]));
                default -> windows.computeIfAbsent(associateId, k -> new ArrayList<>()).add(new Window(date(r[4]).toLocalDate(),
                        date(r[5]).toLocalDate(), decimal(r[6])));
            }
        }
        // every placement that still matters, once: the load (agreed and active), where they have worked, a release awaited
        Map<Long, BigDecimal> loadDays = new HashMap<>();
        Map<Long, Integer> loadCount = new HashMap<>();
        Set<Long> placedThere = new HashSet<>();
        Set<Long> releasePending = new HashSet<>();
        for (Object row : rows("select p.associate_id, p.organisation_id, p.state, p.days_per_week, (select count(*) from placement_sign_off s"
                + " where s.placement_id = p.id and s.party = 'LINE_MANAGER') from placement p where p.associate_id in (" + selection + ")"
                + " and (p.state in ('PROPOSED', 'AGREED', 'ACTIVE') or p.organisation_id = ?1 and p.state in ('COMPLETED', 'ENDED_EARLY'))",
                need)) {
            Object[] p = (Object[]) row;
            long associateId = id(p[0]);
            String state = (String) p[2];
            if ("AGREED".equals(state) || "ACTIVE".equals(state)) {
                loadCount.merge(associateId, 1, Integer::sum);
                loadDays.merge(associateId, p[3] == null ? BigDecimal.ZERO : decimal(p[3]), BigDecimal::add);
            }
            if (id(p[1]) == need.organisationId() && ("ACTIVE".equals(state) || "COMPLETED".equals(state) || "ENDED_EARLY".equals(state))) {
                placedThere.add(associateId);
            }
            if ("PROPOSED".equals(state) && ((Number) p[4]).longValue() == 0) {
                releasePending.add(associateId);
            }
        }
        Set<Long> applied = ids(APPLICANTS, need);

        List<CandidateProfile> profiles = new ArrayList<>();
        core.forEach((associateId, r) -> {
            profiles.add(new CandidateProfile(associateId, (String) r[1], AssociateStatus.valueOf((String) r[2]),
                    r[3] == null ? null : id(r[3]), r[4] == null ? null : Band.valueOf((String) r[4]), regions.getOrDefault(associateId, Set.of()),
                    Boolean.TRUE.equals(r[5]), skills.getOrDefault(associateId, Map.of()), windows.getOrDefault(associateId, List.of()),
                    loadDays.getOrDefault(associateId, BigDecimal.ZERO), loadCount.getOrDefault(associateId, 0),
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
