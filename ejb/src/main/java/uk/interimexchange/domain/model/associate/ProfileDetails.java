package uk.interimexchange.domain.model.associate;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import uk.interimexchange.domain.model.organisation.Organisation;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.shared.Band;

/** What an associate says about themselves; checked by {@link Associate#revise}. */
public record ProfileDetails(
        String phone,
        String jobTitle,
        Organisation employer,
        Band band,
        LineManager lineManager,
        String experienceSummary,
        List<HeldSkill> skills,
        List<AvailabilityWindow> availability,
        Set<Region> regions,
        boolean remoteSuits,
        Set<DayOfWeek> preferredWeekdays) {

    /** Holds its own copies, so revising a profile with its current lists does not clear them. */
    public ProfileDetails {
        skills = skills == null ? List.of() : List.copyOf(skills);
        availability = availability == null ? List.of() : List.copyOf(availability);
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        preferredWeekdays = preferredWeekdays == null ? Set.of() : Set.copyOf(preferredWeekdays);
    }

    public ProfileDetails withSkills(List<HeldSkill> newSkills) {
        return new ProfileDetails(phone, jobTitle, employer, band, lineManager, experienceSummary, newSkills, availability, regions,
                remoteSuits, preferredWeekdays);
    }
}
