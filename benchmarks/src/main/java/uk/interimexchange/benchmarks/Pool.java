package uk.interimexchange.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import uk.interimexchange.domain.model.associate.AssociateStatus;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.shared.Band;
import uk.interimexchange.domain.model.skill.SkillLevel;
import uk.interimexchange.domain.service.matching.CandidateProfile;
import uk.interimexchange.domain.service.matching.NeedProfile;

/** A generated talent pool and needs at scale, the same every run (fixed seed). */
final class Pool {

    static final int SKILLS = 48;
    static final LocalDate TODAY = LocalDate.of(2027, 1, 4);

    private Pool() {
    }

    static List<CandidateProfile> associates(int count, long seed) {
        Random random = new Random(seed);
        List<CandidateProfile> pool = new ArrayList<>(count);
        Region[] regions = Region.values();
        Band[] bands = Band.values();
        SkillLevel[] levels = SkillLevel.values();
        for (int i = 0; i < count; i++) {
            Map<Long, SkillLevel> skills = new HashMap<>();
            for (int s = 0; s < 4 + random.nextInt(5); s++) {
                skills.put((long) random.nextInt(SKILLS), levels[random.nextInt(levels.length)]);
            }
            LocalDate from = TODAY.plusDays(random.nextInt(120));
            List<CandidateProfile.Window> windows = List.of(new CandidateProfile.Window(from, from.plusDays(90 + random.nextInt(270)),
                    BigDecimal.valueOf(1 + random.nextInt(4))));
            int placements = random.nextInt(10) == 0 ? 1 : 0;
            pool.add(new CandidateProfile(i, "Associate " + i, AssociateStatus.ACTIVE, (long) random.nextInt(200), bands[random.nextInt(bands.length)],
                    new java.util.HashSet<>(List.of(regions[random.nextInt(regions.length)], regions[random.nextInt(regions.length)])),
                    random.nextBoolean(), skills,
                    windows, BigDecimal.valueOf(placements * 2L), placements, random.nextInt(20) == 0, false, random.nextInt(30) == 0, true));
        }
        return pool;
    }

    static List<NeedProfile> needs(int count, long seed) {
        Random random = new Random(seed);
        List<NeedProfile> needs = new ArrayList<>(count);
        Region[] regions = Region.values();
        Band[] bands = Band.values();
        SkillLevel[] levels = SkillLevel.values();
        for (int i = 0; i < count; i++) {
            List<NeedProfile.Requirement> requirements = new ArrayList<>();
            for (int r = 0; r < 5; r++) {
                requirements.add(new NeedProfile.Requirement((r * 11 + i) % SKILLS, "Skill " + r, r < 3, levels[random.nextInt(levels.length)]));
            }
            LocalDate from = TODAY.plusDays(random.nextInt(90));
            needs.add(new NeedProfile(i, "Need " + i, 1000 + random.nextInt(200), regions[random.nextInt(regions.length)],
                    random.nextBoolean(), bands[random.nextInt(3)], BigDecimal.valueOf(1 + random.nextInt(3)), from,
                    from.plusWeeks(8 + random.nextInt(20)), requirements));
        }
        return needs;
    }
}
