package uk.interimexchange.application;

/**
 * A stakeholder's briefing, through the single-use link the host emailed them. They have no account: holding a
 * valid link is the authority. A used, expired, altered or made-up link is refused and changes nothing.
 */
public interface BriefingService {

    /** The briefing the link is for; looking does not use the link up. */
    StakeholderBriefing open(String link);

    /** The stakeholder confirms they have read it: their briefing counts towards the placement's start. */
    StakeholderBriefing confirm(String link);
}
