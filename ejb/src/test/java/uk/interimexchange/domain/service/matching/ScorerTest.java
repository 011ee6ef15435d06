package uk.interimexchange.domain.service.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.interimexchange.domain.model.associate.AssociateStatus;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.shared.Band;
import uk.interimexchange.domain.model.skill.SkillLevel;
import uk.interimexchange.domain.service.matching.Candidate.ScorePart;
import uk.interimexchange.domain.service.matching.CandidateProfile.Window;
import uk.interimexchange.domain.service.matching.NeedProfile.Requirement;

/** Every expected score here is worked out by hand from the rules in {@link Scorer}'s documentation. */
class ScorerTest {

    private static final long HOST = 7L;
    private static final LocalDate FROM = LocalDate.of(2027, 1, 4);
    private static final LocalDate TO = LocalDate.of(2027, 3, 28); // 84 days

    private final Scorer scorer = new Scorer(Weights.defaults());

    /** Three essentials and two desirables, possible 2+2+2+1+1 = 8 units, in London, remote possible, band 8a, 2 days. */
    private static NeedProfile need(boolean remote, Band band) {
        return new NeedProfile(1, "Frailty pathway", HOST, Region.LONDON, remote, band, new BigDecimal("2"), FROM, TO, List.of(
                new Requirement(1, "Pathway redesign", true, SkillLevel.EXPERIENCED),
                new Requirement(2, "Patient flow", true, SkillLevel.WORKING),
                new Requirement(3, "Clinical engagement", true, SkillLevel.EXPERT),
                new Requirement(4, "Business cases", false, SkillLevel.WORKING),
                new Requirement(5, "Board reporting", false, SkillLevel.EXPERIENCED)));
    }

    private static Map<Long, SkillLevel> idealSkills() {
        Map<Long, SkillLevel> skills = new HashMap<>();
        skills.put(1L, SkillLevel.EXPERT);
        skills.put(2L, SkillLevel.WORKING);
        skills.put(3L, SkillLevel.EXPERT);
        skills.put(4L, SkillLevel.WORKING);
        return skills;
    }

    private static CandidateProfile candidate(Map<Long, SkillLevel> skills, List<Window> windows, Band band, Set<Region> regions,
                                              String committed, int placements) {
        return new CandidateProfile(9, "Aisha Rahman", AssociateStatus.ACTIVE, 3L, band, regions, true, skills, windows,
                new BigDecimal(committed), placements, false, false, false, true);
    }

    private static List<Window> wholePeriod() {
        return List.of(new Window(FROM.minusMonths(1), TO.plusMonths(1), new BigDecimal("2")));
    }

    private Candidate ideal() {
        return scorer.score(need(true, Band.BAND_8A), candidate(idealSkills(), wholePeriod(), Band.BAND_8B, Set.of(Region.LONDON), "0", 0));
    }

    @Test
    void theScoreIsItsPartsAddedUpWithTheReasons() {
        Candidate c = ideal();
        assertEquals(List.of(
                new ScorePart("skills", 44, 50, "has 3 of 3 essentials, 1 of 2 desirable"),          // 7 of 8 units: 43.75
                new ScorePart("availability", 20, 20, "available for 100% of the need's dates at 2 days a week"),
                new ScorePart("band", 10, 10, "Band 8b meets Band 8a"),
                new ScorePart("region", 10, 10, "works in London"),
                new ScorePart("load", 10, 10, "no current placements")), c.parts());
        assertEquals(94, c.score());
        assertEquals(100, c.outOf(), "the default weights add up to 100");
        assertTrue(c.eligible());
        assertNull(c.exclusion());
        assertTrue(c.explanation().startsWith("skills 44/50: has 3 of 3 essentials, 1 of 2 desirable; availability 20/20"),
                c.explanation());
    }

    @Test
    void aSkillBelowTheLevelAskedCountsHalf() {
        Map<Long, SkillLevel> skills = idealSkills();
        skills.put(3L, SkillLevel.EXPERIENCED); // clinical engagement asked at expert
        ScorePart part = scorer.score(need(true, Band.BAND_8A),
                candidate(skills, wholePeriod(), Band.BAND_8B, Set.of(Region.LONDON), "0", 0)).parts().get(0);
        assertEquals(new ScorePart("skills", 38, 50, "has 2 of 3 essentials, 1 of 2 desirable, 1 below the level asked"), part,
                "6 of 8 units is 37.5, rounded up");
    }

    @Test
    void aMissingEssentialIsHeavilyPenalised() {
        Map<Long, SkillLevel> skills = idealSkills();
        skills.remove(2L);
        ScorePart part = scorer.score(need(true, Band.BAND_8A),
                candidate(skills, wholePeriod(), Band.BAND_8B, Set.of(Region.LONDON), "0", 0)).parts().get(0);
        assertEquals(new ScorePart("skills", 6, 50, "has 2 of 3 essentials, 1 of 2 desirable, missing 1 essential"), part,
                "5 of 8 units is 31, less half the skills points (25)");
        skills.remove(1L);
        assertEquals(0, scorer.score(need(true, Band.BAND_8A),
                candidate(skills, wholePeriod(), Band.BAND_8B, Set.of(Region.LONDON), "0", 0)).parts().get(0).points(),
                "two missing essentials leave nothing, never less");
    }

    @Test
    void availabilityIsTheShareOfTheDatesWeightedByDaysAWeek() {
        List<Window> halfTheDatesAtOneDay = List.of(new Window(FROM, FROM.plusDays(41), new BigDecimal("1")));
        ScorePart part = scorer.score(need(true, Band.BAND_8A),
                candidate(idealSkills(), halfTheDatesAtOneDay, Band.BAND_8B, Set.of(Region.LONDON), "0", 0)).parts().get(1);
        assertEquals(new ScorePart("availability", 5, 20, "available for 25% of the need's dates at 2 days a week"), part,
                "42 of 84 days at half the days asked: a quarter");
        List<Window> overlapping = List.of(new Window(FROM, TO, new BigDecimal("2")), new Window(FROM, TO, new BigDecimal("2")));
        assertEquals(1.0, Scorer.coverage(need(true, Band.BAND_8A), overlapping), "a day covered twice counts once");
    }

    @Test
    void bandRegionAndLoad() {
        NeedProfile notRemote = need(false, Band.BAND_8A);
        Candidate oneBelowElsewhere = scorer.score(notRemote,
                candidate(idealSkills(), wholePeriod(), Band.BAND_7, Set.of(Region.NORTH_WEST), "2.5", 1));
        assertEquals(new ScorePart("band", 5, 10, "Band 7 is one below Band 8a"), oneBelowElsewhere.parts().get(2));
        assertEquals(new ScorePart("region", 0, 10, "London is outside their regions"), oneBelowElsewhere.parts().get(3));
        assertEquals(new ScorePart("load", 5, 10, "1 placement, 2.5 days a week committed"), oneBelowElsewhere.parts().get(4));

        Candidate remote = scorer.score(need(true, Band.BAND_8C),
                candidate(idealSkills(), wholePeriod(), Band.BAND_7, Set.of(Region.NORTH_WEST), "0", 0));
        assertEquals(new ScorePart("band", 0, 10, "Band 7 is below Band 8c"), remote.parts().get(2));
        assertEquals(new ScorePart("region", 5, 10, "remote only"), remote.parts().get(3));
    }

    @Test
    void exclusionsSayWhyAndFlagsAreShown() {
        NeedProfile need = need(true, Band.BAND_8A);
        CandidateProfile base = candidate(idealSkills(), wholePeriod(), Band.BAND_8B, Set.of(Region.LONDON), "0", 0);
        CandidateProfile employedThere = new CandidateProfile(9, "A", AssociateStatus.ACTIVE, HOST, base.band(), base.regions(), true,
                base.skills(), base.availability(), BigDecimal.ZERO, 0, true, true, true, true);
        Candidate conflicted = scorer.score(need, employedThere);
        assertEquals("employed by the host organisation (conflict of interest)", conflicted.exclusion());
        assertEquals(List.of("placed at this host before", "release not yet approved", "already applied"), conflicted.flags());

        CandidateProfile paused = new CandidateProfile(9, "A", AssociateStatus.PAUSED, 3L, base.band(), base.regions(), true,
                base.skills(), base.availability(), BigDecimal.ZERO, 0, false, false, false, true);
        assertEquals("paused", scorer.score(need, paused).exclusion());

        CandidateProfile unavailable = candidate(idealSkills(), List.of(new Window(TO.plusDays(1), TO.plusMonths(3),
                new BigDecimal("5"))), Band.BAND_8B, Set.of(Region.LONDON), "0", 0);
        Candidate none = scorer.score(need, unavailable);
        assertEquals("no overlapping availability", none.exclusion());
        assertEquals(new ScorePart("availability", 0, 20, "no availability in the need's dates"), none.parts().get(1));
    }

    @Test
    void weightsAreConfiguration() {
        Scorer skillsOnly = new Scorer(new Weights(100, 0, 0, 0, 0));
        Candidate c = skillsOnly.score(need(true, Band.BAND_8A),
                candidate(idealSkills(), wholePeriod(), Band.BAND_8B, Set.of(Region.LONDON), "0", 0));
        assertEquals(88, c.score(), "7 of 8 units of 100 points is 87.5, rounded up; every other factor is worth nothing");
    }
}
