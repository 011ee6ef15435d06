package uk.interimexchange.domain.service.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.interimexchange.domain.model.associate.AssociateStatus;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.shared.Band;
import uk.interimexchange.domain.model.skill.SkillLevel;

/**
 * What scoring needs to know about an associate, for one need, read from the database as a projection.
 *
 * @param committedDaysPerWeek days a week already given to agreed or active placements
 * @param placedAtHostBefore   has had a placement at the need's organisation before
 * @param releasePending       has a placement whose line manager has not yet released them
 * @param applied              has applied for (or been invited to) this need
 * @param consented            has agreed to their details being used for matching (UK GDPR); matching leaves out those who have not
 */
public record CandidateProfile(long associateId, String name, AssociateStatus status, Long employerId, Band band, Set<Region> regions,
                               boolean remoteSuits, Map<Long, SkillLevel> skills, List<Window> availability,
                               BigDecimal committedDaysPerWeek, int activePlacements, boolean placedAtHostBefore,
                               boolean releasePending, boolean applied, boolean consented) {

    public CandidateProfile {
        regions = Set.copyOf(regions);
        skills = Map.copyOf(skills);
        availability = List.copyOf(availability);
        committedDaysPerWeek = committedDaysPerWeek == null ? BigDecimal.ZERO : committedDaysPerWeek;
    }

    /** A period the associate can give so many days a week. */
    public record Window(LocalDate from, LocalDate to, BigDecimal daysPerWeek) {
    }
}
