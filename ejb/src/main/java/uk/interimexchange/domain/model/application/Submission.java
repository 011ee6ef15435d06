package uk.interimexchange.domain.model.application;

/**
 * What an associate sends when applying: a supporting statement, confirmation that they can give the
 * time asked for, and a conflict-of-interest declaration ("None" is a declaration too).
 */
public record Submission(String supportingStatement, boolean availabilityConfirmed, String conflictOfInterest) {
}
