package uk.interimexchange.domain.model.need;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import uk.interimexchange.domain.model.organisation.Region;
import java.util.Optional;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

public interface NeedRepository {

    Optional<Need> find(long id);

    /** Needs matching the filter, newest first. */
    Page<Need> search(NeedFilter filter, PageRequest page);

    /**
     * Every need the filter finds, in the same order as {@link #search}, handed to {@code row} one at a time as the
     * database returns them: one statement, and only the rows not yet handed over are ever held.
     */
    void eachRow(NeedFilter filter, Consumer<NeedRow> row);

    /**
     * Open needs that ask for at least one of the skills, in one of the regions or (when remote work suits) that
     * can be done remotely, not of the excluded organisation; closing soonest first.
     */
    Page<Need> openFitting(Set<Long> skillIds, Set<Region> regions, boolean remoteSuits, Long excludedOrganisationId, PageRequest page);

    long count(NeedState state);

    /**
     * Open needs that fit an associate, soonest closing first: asking for a skill they hold, in a region they travel to
     * or remote when remote suits them, not at their own employer. One statement, whatever their profile holds.
     */
    List<Long> openFittingFor(long associateId, int limit);

    /** The headlines of these needs, in one statement. */
    List<NeedHeadline> headlines(java.util.Collection<Long> ids);

    /** How many needs there are in each state and region, counted in the database: for the programme dashboard. */
    List<NeedCount> countByRegionAndState();

    /**
     * Whole days from submission to filled, for every need filled by a placement that went ahead (agreed by all
     * four, or further on); a need whose placement fell through is not filled.
     */
    List<Long> daysToFill();

    /** Filled needs whose placement fell through (cancelled, or the release declined): a coordinator reopens them. */
    Page<Need> fallenThrough(PageRequest page);

    void store(Need need);

    /** Whether this host contact sponsors a need still in play: sent and not yet decided, or filled by a placement still live. */
    boolean anyInPlayForSponsor(long accountId);
}
