package uk.interimexchange.application;

/** The headline figures shown on the home page. */
public record ProgrammeOverview(long openNeeds, long activeAssociates, long activePlacements) {
}
