package uk.interimexchange.domain.model.need;

import java.math.BigDecimal;
import java.time.LocalDate;
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
}
