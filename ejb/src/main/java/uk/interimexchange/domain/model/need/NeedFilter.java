package uk.interimexchange.domain.model.need;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import uk.interimexchange.domain.model.organisation.Region;

/**
 * Which needs to list, and in what order. Empty parts do not narrow. {@code organisationId} is how a host's view
 * is confined to its own organisation; the service sets it from the caller, never from the request.
 *
 * @param skillId        only needs asking for this skill
 * @param maxDaysPerWeek only needs asking for no more than this many days a week
 * @param remoteOnly     only needs that can be done remotely
 * @param startingBy     only needs that can start on or before this date
 */
public record NeedFilter(Set<NeedState> states, Long organisationId, Region region, Urgency urgency, String words,
                         Long skillId, BigDecimal maxDaysPerWeek, boolean remoteOnly, LocalDate startingBy, NeedSort sort) {

    public NeedFilter {
        states = states == null ? Set.of() : Set.copyOf(states);
        sort = sort == null ? NeedSort.NEWEST : sort;
    }

    public static NeedFilter all() {
        return new NeedFilter(Set.of(), null, null, null, null, null, null, false, null, NeedSort.NEWEST);
    }

    /** What a person can ask for from the list page; the states and organisation are the service's to set. */
    public static NeedFilter asked(String words, Region region, Long skillId, BigDecimal maxDaysPerWeek, boolean remoteOnly,
                                   LocalDate startingBy, NeedSort sort) {
        return new NeedFilter(Set.of(), null, region, null, words, skillId, maxDaysPerWeek, remoteOnly, startingBy, sort);
    }

    public NeedFilter withStates(Set<NeedState> newStates) {
        return new NeedFilter(newStates, organisationId, region, urgency, words, skillId, maxDaysPerWeek, remoteOnly, startingBy, sort);
    }

    public NeedFilter withOrganisation(Long newOrganisationId) {
        return new NeedFilter(states, newOrganisationId, region, urgency, words, skillId, maxDaysPerWeek, remoteOnly, startingBy, sort);
    }
}
