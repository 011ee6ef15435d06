package uk.interimexchange.domain.model.need;

import java.math.BigDecimal;
import java.time.LocalDate;
import uk.interimexchange.domain.model.organisation.Region;

/** A need as one row of a downloaded table: read as columns, without its aggregate, so thousands cost one statement. */
public record NeedRow(long id, String title, String organisation, Region region, NeedState state, BigDecimal daysPerWeek,
                      LocalDate earliestStart, LocalDate applicationDeadline) {
}
