package uk.interimexchange.domain.model.need;

import java.time.LocalDate;

/** What a list of needs says of each: its title, the organisation, and when applications close. */
public record NeedHeadline(long id, String title, String organisation, LocalDate applyBy) {
}
