package uk.interimexchange.domain.model.associate;

import java.util.List;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.shared.Band;
import uk.interimexchange.domain.model.skill.SkillLevel;

/**
 * One associate as the talent pool lists them: enough to choose whom to open, read a page at a time (the skills,
 * regions and windows of a page's associates in one query each).
 *
 * @param consented agreed to their details being used for matching; matching leaves out those who have not
 */
public record PoolMember(long id, String name, String jobTitle, String employer, Band band, AssociateStatus status, boolean consented,
                         boolean remoteSuits, List<Region> regions, List<Held> skills, List<AvailabilityWindow> availability) {

    public PoolMember {
        regions = List.copyOf(regions);
        skills = List.copyOf(skills);
        availability = List.copyOf(availability);
    }

    /** A skill held, at its level. */
    public record Held(String skill, SkillLevel level) {
    }
}
