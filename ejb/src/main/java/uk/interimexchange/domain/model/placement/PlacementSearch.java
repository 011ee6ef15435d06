package uk.interimexchange.domain.model.placement;

import uk.interimexchange.domain.model.organisation.Region;

/**
 * What a list of placements is narrowed to; every part may be left out. The caller's own scope (an organisation, an
 * associate) is added by the service, never taken from the request.
 *
 * @param associate words in the associate's name
 * @param atRiskOnly only those at risk (as {@link PlacementRisk} says)
 */
public record PlacementSearch(PlacementState state, Long organisationId, String associate, Region region, boolean atRiskOnly,
                              Long associateId) {

    public static PlacementSearch all() {
        return new PlacementSearch(null, null, null, null, false, null);
    }

    public static PlacementSearch atRisk() {
        return new PlacementSearch(null, null, null, null, true, null);
    }

    public PlacementSearch forOrganisation(Long organisation) {
        return new PlacementSearch(state, organisation, associate, region, atRiskOnly, associateId);
    }

    public PlacementSearch forAssociate(Long associateProfile) {
        return new PlacementSearch(state, organisationId, associate, region, atRiskOnly, associateProfile);
    }
}
