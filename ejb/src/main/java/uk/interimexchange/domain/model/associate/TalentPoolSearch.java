package uk.interimexchange.domain.model.associate;

import java.time.LocalDate;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.shared.Band;
import uk.interimexchange.domain.model.shared.Check;

/**
 * A coordinator's search of the talent pool; every part may be left out.
 *
 * @param words          in the name, job title or summary of experience
 * @param skillId        holds this skill of the taxonomy
 * @param minimumBand    at this band or above
 * @param availableFrom  has a window of availability overlapping from this day…
 * @param availableTo    …to this one (either alone is one day)
 */
public record TalentPoolSearch(String words, Long skillId, Band minimumBand, Region region,
                               LocalDate availableFrom, LocalDate availableTo, AssociateStatus status) {

    public TalentPoolSearch {
        Check.notAfter(availableFrom, availableTo, "The end of the availability you search for must not be before its start.");
    }

    public static TalentPoolSearch everyone() {
        return new TalentPoolSearch(null, null, null, null, null, null, null);
    }

    /** The days a window must overlap, or null when availability is not asked about. */
    public LocalDate overlapFrom() {
        return availableFrom != null ? availableFrom : availableTo;
    }

    public LocalDate overlapTo() {
        return availableTo != null ? availableTo : availableFrom;
    }

    public boolean asksAvailability() {
        return availableFrom != null || availableTo != null;
    }
}
