package uk.interimexchange.domain.model.need;

import uk.interimexchange.domain.model.organisation.Region;

/** How many needs of a region are in a state. */
public record NeedCount(Region region, NeedState state, long count) {
}
