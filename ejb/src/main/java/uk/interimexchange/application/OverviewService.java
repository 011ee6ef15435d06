package uk.interimexchange.application;

/** Headline figures about the programme; nothing personal, so anyone may see them. */
public interface OverviewService {

    ProgrammeOverview overview();
}
