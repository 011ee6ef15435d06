package uk.interimexchange.interfaces.web.need;

import static uk.interimexchange.interfaces.web.QueryParameters.blank;
import static uk.interimexchange.interfaces.web.QueryParameters.date;
import static uk.interimexchange.interfaces.web.QueryParameters.encoded;
import static uk.interimexchange.interfaces.web.QueryParameters.named;
import static uk.interimexchange.interfaces.web.QueryParameters.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.interimexchange.domain.model.need.NeedFilter;
import uk.interimexchange.domain.model.need.NeedSort;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.skill.Skill;
import uk.interimexchange.interfaces.web.WebPages;

/**
 * A search of needs as the address carries it (q, state, region, skill, days, remote, start, sort), read the same
 * way by the list page and its export. A value the form could not have sent is left out and named.
 */
public final class NeedSearch {

    private final String words;
    private final NeedState state;
    private final Region region;
    private final Long skillId;
    private final BigDecimal maxDays;
    private final boolean remoteOnly;
    private final LocalDate startingBy;
    private final NeedSort sort;
    private final List<String> unreadable;

    private NeedSearch(Map<String, String> params, List<Skill> skills) {
        List<String> unread = new ArrayList<>();
        words = blank(params.get("q")) ? null : params.get("q").strip();
        state = named(NeedState.values(), params.get("state"), "state", unread);
        region = named(Region.values(), params.get("region"), "region", unread);
        sort = named(NeedSort.values(), params.get("sort"), "order", unread);
        skillId = read(params.get("skill"), "skill", unread, text -> {
            long id = WebPages.number(text);
            return skills.stream().anyMatch(k -> k.getId() == id) ? id : null;
        });
        maxDays = read(params.get("days"), "days a week", unread, text -> {
            BigDecimal days = new BigDecimal(text);
            return days.signum() > 0 && days.compareTo(BigDecimal.valueOf(5)) <= 0 ? days : null;
        });
        remoteOnly = "true".equals(params.get("remote"));
        startingBy = date(params.get("start"), "start date", unread);
        unreadable = List.copyOf(unread);
    }

    /** Reads the search from a request's parameters, checking a skill against the taxonomy. */
    public static NeedSearch from(Map<String, String> params, List<Skill> skills) {
        return new NeedSearch(params, skills);
    }

    public NeedFilter filter() {
        NeedFilter filter = NeedFilter.asked(words, region, skillId, maxDays, remoteOnly, startingBy, sort);
        return state == null ? filter : filter.withStates(Set.of(state));
    }

    /** The search as an address query, for links to other pages of it and to its export. */
    public String query() {
        return "q=" + encoded(words) + "&state=" + encoded(state) + "&region=" + encoded(region) + "&skill=" + encoded(skillId)
                + "&days=" + encoded(maxDays == null ? null : maxDays.toPlainString()) + "&remote=" + remoteOnly
                + "&start=" + encoded(startingBy) + "&sort=" + encoded(sort);
    }

    public String words() {
        return words;
    }

    public NeedState state() {
        return state;
    }

    public Region region() {
        return region;
    }

    public Long skillId() {
        return skillId;
    }

    public BigDecimal maxDays() {
        return maxDays;
    }

    public boolean remoteOnly() {
        return remoteOnly;
    }

    public LocalDate startingBy() {
        return startingBy;
    }

    public NeedSort sort() {
        return sort;
    }

    public List<String> unreadable() {
        return unreadable;
    }
}
