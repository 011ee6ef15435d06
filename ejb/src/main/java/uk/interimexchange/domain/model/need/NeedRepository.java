package uk.interimexchange.domain.model.need;

import java.util.List;
import java.util.Optional;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

public interface NeedRepository {

    Optional<Need> find(long id);

    /** Needs matching the filter, newest first. */
    Page<Need> search(NeedFilter filter, PageRequest page);

    long count(NeedState state);

    /** How many needs there are in each state and region, counted in the database: for the programme dashboard. */
    List<NeedCount> countByRegionAndState();

    /** Whole days from submission to filled, for every need that has been filled. */
    List<Long> daysToFill();

    void store(Need need);
}
