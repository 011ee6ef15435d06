package uk.interimexchange.application;

import java.time.LocalDate;
import uk.interimexchange.domain.service.matching.Candidate;

/** An open need as it fits the associate looking: the need, and their score for it with its reasons. */
public record Fit(long needId, String title, String organisation, LocalDate applyBy, Candidate candidate) {
}
