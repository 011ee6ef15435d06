package uk.interimexchange.application;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.interimexchange.domain.model.associate.AssociateStatus;
import uk.interimexchange.domain.model.associate.AvailabilityWindow;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.placement.PlacementState;
import uk.interimexchange.domain.model.shared.Band;
import uk.interimexchange.domain.model.skill.SkillLevel;

/**
 * An associate's profile as the person looking may see it: what a score is made from (experience, skills, band,
 * availability, regions) and their assignment history. Contact details are withheld from a host until the
 * associate has accepted one of their offers; {@code contactWithheld} then says why.
 */
public record AssociateProfile(long id, String name, String jobTitle, String employer, Band band, AssociateStatus status,
                               String experienceSummary, List<SkillHeld> skills, List<AvailabilityWindow> availability,
                               Set<Region> regions, boolean remoteSuits, Set<DayOfWeek> preferredWeekdays, Instant consentGivenAt,
                               Contact contact, String contactWithheld, List<Assignment> history) {

    public AssociateProfile {
        skills = List.copyOf(skills);
        availability = List.copyOf(availability);
        regions = Set.copyOf(regions);
        preferredWeekdays = Set.copyOf(preferredWeekdays);
        history = List.copyOf(history);
    }

    public record SkillHeld(String skill, String area, SkillLevel level) {
    }

    public record Contact(String email, String phone, String lineManagerName, String lineManagerEmail) {
    }

    /**
     * One placement in the history: the host, the dates and how it went.
     *
     * @param visible whether the person looking may open the placement itself
     */
    public record Assignment(long placementId, String needTitle, String host, LocalDate startDate, LocalDate endDate,
                             PlacementState state, String outcome, boolean visible) {
    }
}
