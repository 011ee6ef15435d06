package uk.interimexchange.application;

import java.time.LocalDateTime;
import uk.interimexchange.domain.model.application.ApplicationState;

/** An application as a list shows it, read in one query: who applied for what, where, how far it has got. */
public record ApplicationLine(long id, String associateName, String needTitle, String organisation, ApplicationState state,
                              LocalDateTime interviewAt) {
}
