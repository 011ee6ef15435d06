package uk.interimexchange.domain.service.matching;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The talent pool as matching reads it: projections of only what scoring needs, filtered in the database so a
 * ranking never loads whole tables.
 */
public interface CandidatePool {

    /** Why an associate who has not consented to matching is left out. */
    String NO_CONSENT = "not yet agreed to their details being used for matching";

    Optional<NeedProfile> need(long needId);

    /**
     * Active associates who consented to matching, not employed by the host, with a window overlapping the need's
     * dates: the ones to score.
     */
    List<CandidateProfile> eligibleFor(NeedProfile need);

    /** Everyone who applied for or was invited to the need, whatever their state: to show why any is excluded. */
    List<CandidateProfile> applicantsOf(NeedProfile need);

    /** One associate, for one need, whatever their state. */
    Optional<CandidateProfile> associate(NeedProfile need, long associateId);

    /** The profiles of these needs, read together (those without dates yet are left out, as {@link #need} does). */
    List<NeedProfile> needs(java.util.Collection<Long> needIds);

    /**
     * One associate as a candidate for each of these needs, keyed by need: the associate's facts are read once and
     * judged against each need, exactly as {@link #associate} would for each alone.
     */
    Map<Long, CandidateProfile> associateFor(List<NeedProfile> needs, long associateId);

    /** How many of the pool are left out before scoring, by the reason shown to the coordinator. */
    Map<String, Long> leftOut(NeedProfile need);
}
