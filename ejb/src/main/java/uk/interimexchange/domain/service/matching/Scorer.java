package uk.interimexchange.domain.service.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import uk.interimexchange.domain.model.associate.AssociateStatus;
import uk.interimexchange.domain.model.skill.SkillLevel;
import uk.interimexchange.domain.service.matching.Candidate.ScorePart;
import uk.interimexchange.domain.service.matching.CandidateProfile.Window;
import uk.interimexchange.domain.service.matching.NeedProfile.Requirement;

/**
 * Scores an associate's fit to a need by the spec's factors, each worth its weight in points:
 * <ul>
 * <li>skills: an essential counts twice a desirable; held at the level asked, full; held below it, half; a
 * missing essential also takes away half the skills points, so two sink them;</li>
 * <li>availability: the share of the need's dates the associate's windows cover, a window giving fewer days a
 * week than asked counting in proportion;</li>
 * <li>band: at or above the minimum, full; one band below, half;</li>
 * <li>region: the host's region is one of theirs, full; not, but remote work suits both, half;</li>
 * <li>load: less for each day a week already given to other placements.</li>
 * </ul>
 * Pure and stateless: the same profiles always score the same, so it can be tested by hand and benchmarked.
 */
public final class Scorer {

    private static final BigDecimal FULL_WEEK = BigDecimal.valueOf(5);

    private final Weights weights;

    public Scorer(Weights weights) {
        this.weights = weights;
    }

    public Candidate score(NeedProfile need, CandidateProfile who) {
        double coverage = coverage(need, who.availability());
        List<ScorePart> parts = List.of(skills(need, who), availability(need, coverage), band(need, who), region(need, who),
                load(who));
        int score = parts.stream().mapToInt(ScorePart::points).sum();
        return new Candidate(who, score, parts, exclusion(need, who, coverage), flags(who));
    }

    private ScorePart skills(NeedProfile need, CandidateProfile who) {
        int essentials = 0;
        int desirables = 0;
        int essentialsHeld = 0;
        int desirablesHeld = 0;
        int belowLevel = 0;
        int missingEssentials = 0;
        double possible = 0;
        double earned = 0;
        for (Requirement r : need.requirements()) {
            int units = r.essential() ? 2 : 1;
            possible += units;
            SkillLevel held = who.skills().get(r.skillId());
            if (r.essential()) {
                essentials++;
            } else {
                desirables++;
            }
            if (held == null) {
                missingEssentials += r.essential() ? 1 : 0;
            } else if (held.getRank() >= r.minimumLevel().getRank()) {
                earned += units;
                essentialsHeld += r.essential() ? 1 : 0;
                desirablesHeld += r.essential() ? 0 : 1;
            } else {
                earned += units / 2.0;
                belowLevel++;
            }
        }
        int max = weights.skills();
        int points = possible == 0 ? max : (int) Math.round(max * earned / possible);
        points = Math.max(0, points - missingEssentials * (max / 2));
        StringBuilder why = new StringBuilder("has " + essentialsHeld + " of " + essentials + " essentials, " + desirablesHeld + " of "
                + desirables + " desirable");
        if (belowLevel > 0) {
            why.append(", ").append(belowLevel).append(" below the level asked");
        }
        if (missingEssentials > 0) {
            why.append(", missing ").append(missingEssentials).append(missingEssentials == 1 ? " essential" : " essentials");
        }
        return new ScorePart("skills", points, max, why.toString());
    }

    /**
     * The share of the need's dates covered, each window weighted by the days a week it gives against those asked.
     * Windows are taken in date order and a day is counted once, at the best window covering it.
     */
    static double coverage(NeedProfile need, List<Window> windows) {
        long period = ChronoUnit.DAYS.between(need.from(), need.to()) + 1;
        if (period <= 0 || need.daysPerWeek() == null || need.daysPerWeek().signum() <= 0) {
            return 0;
        }
        List<Window> sorted = windows.stream().sorted((a, b) -> a.from().compareTo(b.from())).toList();
        double covered = 0;
        LocalDate countedTo = need.from().minusDays(1);
        for (Window w : sorted) {
            LocalDate start = max(max(w.from(), need.from()), countedTo.plusDays(1));
            LocalDate end = min(w.to(), need.to());
            if (!end.isBefore(start)) {
                double share = Math.min(1.0, w.daysPerWeek().doubleValue() / need.daysPerWeek().doubleValue());
                covered += share * (ChronoUnit.DAYS.between(start, end) + 1);
                countedTo = end;
            }
        }
        return Math.min(1.0, covered / period);
    }

    private ScorePart availability(NeedProfile need, double coverage) {
        int max = weights.availability();
        int points = (int) Math.round(max * coverage);
        String why = coverage == 0 ? "no availability in the need's dates"
                : "available for " + Math.round(coverage * 100) + "% of the need's dates at " + daysAWeek(need.daysPerWeek());
        return new ScorePart("availability", points, max, why);
    }

    private ScorePart band(NeedProfile need, CandidateProfile who) {
        int max = weights.band();
        if (who.band() == null || need.minimumBand() == null) {
            return new ScorePart("band", 0, max, "band not known");
        }
        int gap = need.minimumBand().ordinal() - who.band().ordinal();
        if (gap <= 0) {
            return new ScorePart("band", max, max, who.band().getLabel() + " meets " + need.minimumBand().getLabel());
        }
        return gap == 1 ? new ScorePart("band", max / 2, max, who.band().getLabel() + " is one below " + need.minimumBand().getLabel())
                : new ScorePart("band", 0, max, who.band().getLabel() + " is below " + need.minimumBand().getLabel());
    }

    private ScorePart region(NeedProfile need, CandidateProfile who) {
        int max = weights.region();
        if (who.regions().contains(need.region())) {
            return new ScorePart("region", max, max, "works in " + need.region().getLabel());
        }
        if (need.remotePossible() && who.remoteSuits()) {
            return new ScorePart("region", max / 2, max, "remote only");
        }
        return new ScorePart("region", 0, max, need.region().getLabel() + " is outside their regions");
    }

    private ScorePart load(CandidateProfile who) {
        int max = weights.load();
        BigDecimal committed = who.committedDaysPerWeek();
        double free = Math.max(0, 1 - committed.doubleValue() / FULL_WEEK.doubleValue());
        int points = (int) Math.round(max * free);
        String why = who.activePlacements() == 0 ? "no current placements"
                : who.activePlacements() + (who.activePlacements() == 1 ? " placement, " : " placements, ") + daysAWeek(committed)
                        + " committed";
        return new ScorePart("load", points, max, why);
    }

    private static String exclusion(NeedProfile need, CandidateProfile who, double coverage) {
        if (who.status() == AssociateStatus.PAUSED) {
            return "paused";
        }
        if (who.status() == AssociateStatus.WITHDRAWN) {
            return "withdrawn";
        }
        if (who.status() != AssociateStatus.ACTIVE) {
            return "profile not complete";
        }
        if (who.employerId() != null && who.employerId() == need.organisationId()) {
            return "employed by the host organisation (conflict of interest)";
        }
        if (!who.consented()) {
            return CandidatePool.NO_CONSENT;
        }
        if (coverage == 0) {
            return "no overlapping availability";
        }
        return null;
    }

    private static List<String> flags(CandidateProfile who) {
        List<String> flags = new ArrayList<>();
        if (who.placedAtHostBefore()) {
            flags.add("placed at this host before");
        }
        if (who.releasePending()) {
            flags.add("release not yet approved");
        }
        if (who.applied()) {
            flags.add("already applied");
        }
        return flags;
    }

    private static String daysAWeek(BigDecimal days) {
        return plain(days) + (days != null && days.compareTo(BigDecimal.ONE) == 0 ? " day a week" : " days a week");
    }

    private static String plain(BigDecimal value) {
        return value == null ? "?" : value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
