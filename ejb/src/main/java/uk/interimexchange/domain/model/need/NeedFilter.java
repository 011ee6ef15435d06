package uk.interimexchange.domain.model.need;

import java.util.Set;
import uk.interimexchange.domain.model.organisation.Region;

/**
 * Which needs to list. Empty parts do not narrow. {@code organisationId} is how a host's view is
 * confined to its own organisation; the service sets it from the caller, never from the request.
 */
public record NeedFilter(Set<NeedState> states, Long organisationId, Region region, Urgency urgency, String words) {

    public static NeedFilter all() {
        return new NeedFilter(Set.of(), null, null, null, null);
    }

    public NeedFilter withStates(Set<NeedState> newStates) {
        return new NeedFilter(newStates, organisationId, region, urgency, words);
    }

    public NeedFilter withOrganisation(Long newOrganisationId) {
        return new NeedFilter(states, newOrganisationId, region, urgency, words);
    }
}
