package uk.interimexchange.domain.model.need;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.interimexchange.domain.model.shared.Band;
import uk.interimexchange.domain.model.shared.Funding;

/** What a host says about a need; checked by {@link Need} when it is posted or revised. */
public record NeedDetails(
        String title,
        String background,
        String problem,
        List<RequiredSkill> requiredSkills,
        Band minimumBand,
        BigDecimal daysPerWeek,
        Integer expectedWeeks,
        LocalDate earliestStart,
        LocalDate latestStart,
        String site,
        boolean remotePossible,
        Funding funding,
        Urgency urgency,
        LocalDate applicationDeadline,
        String hostNotes) {

    /** Holds its own copy, so revising a need with its current skills does not clear them. */
    public NeedDetails {
        requiredSkills = requiredSkills == null ? List.of() : List.copyOf(requiredSkills);
    }

    public NeedDetails withRequiredSkills(List<RequiredSkill> skills) {
        return new NeedDetails(title, background, problem, skills, minimumBand, daysPerWeek, expectedWeeks, earliestStart,
                latestStart, site, remotePossible, funding, urgency, applicationDeadline, hostNotes);
    }

    /** What is still to be said before a need can be submitted, in the words shown to its host; empty when complete. */
    public List<String> missingForSubmission() {
        List<String> missing = new ArrayList<>();
        if (requiredSkills.stream().noneMatch(RequiredSkill::isEssential)) {
            missing.add("at least one essential skill");
        }
        addIfMissing(missing, minimumBand, "the minimum band");
        addIfMissing(missing, daysPerWeek, "the days a week");
        addIfMissing(missing, expectedWeeks, "the expected number of weeks");
        addIfMissing(missing, earliestStart, "the earliest start date");
        addIfMissing(missing, latestStart, "the latest start date");
        addIfMissing(missing, applicationDeadline, "the application deadline");
        if ((site == null || site.isBlank()) && !remotePossible) {
            missing.add("where the work is done, or that it can be remote");
        }
        addIfMissing(missing, funding, "the funding");
        addIfMissing(missing, urgency, "the urgency");
        return missing;
    }

    private static void addIfMissing(List<String> missing, Object value, String what) {
        if (value == null) {
            missing.add(what);
        }
    }
}
