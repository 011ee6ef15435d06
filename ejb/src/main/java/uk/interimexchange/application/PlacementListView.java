package uk.interimexchange.application;

import uk.interimexchange.domain.model.placement.PlacementSummary;
import uk.interimexchange.domain.model.shared.Page;

/**
 * The placements list, read in one call.
 *
 * @param found         the placements the caller may see that the search found
 * @param narrowsByHost whether the caller sees more than one organisation's placements, and so may narrow to one host
 */
public record PlacementListView(Page<PlacementSummary> found, boolean narrowsByHost) {
}
