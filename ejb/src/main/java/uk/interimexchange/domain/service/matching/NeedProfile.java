package uk.interimexchange.domain.service.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.shared.Band;
import uk.interimexchange.domain.model.skill.SkillLevel;

/**
 * What scoring needs to know about a need, read from the database as a projection.
 *
 * @param from the earliest start
 * @param to   the latest the work could end: the latest start plus the expected weeks
 */
public record NeedProfile(long needId, String title, long organisationId, Region region, boolean remotePossible, Band minimumBand,
                          BigDecimal daysPerWeek, LocalDate from, LocalDate to, List<Requirement> requirements) {

    public NeedProfile {
        requirements = List.copyOf(requirements);
    }

    /** A skill the need asks for. */
    public record Requirement(long skillId, String skillName, boolean essential, SkillLevel minimumLevel) {
    }
}
