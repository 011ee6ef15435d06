package uk.interimexchange.application;

import java.util.List;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.shared.Band;
import uk.interimexchange.domain.model.shared.PageRequest;
import uk.interimexchange.domain.service.matching.Allocator.Allocation;
import uk.interimexchange.domain.service.matching.Allocator.Pairing;

/** Ranked, explained candidates for a need, and the best allocation across the needs being shortlisted. For coordinators. */
public interface MatchingService {

    /**
     * Every eligible associate, applied or not, scored and best first; narrowed to those who applied, to a region
     * they work in, or to a band at least as asked, when given.
     */
    Ranking rank(long needId, boolean appliedOnly, Region region, Band minimumBand, PageRequest page);

    /** The allocation that maximises total fit across every need in shortlisting. Nothing is changed. */
    Allocation proposeAllocation();

    /**
     * Takes the pairings the coordinator chose from a proposal: an associate who applied is shortlisted, one who
     * did not is invited to apply. Nothing is offered. Returns how many pairings were taken.
     */
    int acceptAllocation(List<Pairing> chosen);

    /**
     * For the calling associate: open needs that fit their profile, best first, scored by the same engine with
     * the reasons. Only needs asking for a skill they hold, where they work or remote, not at their employer,
     * are scored.
     */
    List<Fit> needsThatFitMe(int limit);
}
