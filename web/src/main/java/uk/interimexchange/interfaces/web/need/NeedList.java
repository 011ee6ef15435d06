package uk.interimexchange.interfaces.web.need;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.interimexchange.application.NeedService;
import uk.interimexchange.application.SkillService;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.need.NeedFilter;
import uk.interimexchange.domain.model.need.NeedSort;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.skill.Skill;
import uk.interimexchange.interfaces.web.Paging;
import uk.interimexchange.interfaces.web.WebPages;

/**
 * The needs a person may see, one page at a time from the database: open needs for an associate, their own
 * organisation's for a host, all for a coordinator (the service decides). The search is in the address.
 */
@Named
@RequestScoped
public class NeedList {

    static final int PAGE_SIZE = 20;

    @Inject
    NeedService needs;

    @Inject
    FacesContext faces;

    @Inject
    SkillService skillService;

    private String words;
    private NeedState state;
    private Region region;
    private Long skillId;
    private BigDecimal maxDays;
    private boolean remoteOnly;
    private LocalDate startingBy;
    private NeedSort sort;
    private final List<String> unreadable = new ArrayList<>();
    private String query;
    private List<Skill> skills;
    private Paging paging;
    private Page<Need> found;

    @PostConstruct
    void load() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        words = blank(params.get("q")) ? null : params.get("q").strip();
        state = named(NeedState.values(), params.get("state"), "state");
        region = named(Region.values(), params.get("region"), "region");
        sort = named(NeedSort.values(), params.get("sort"), "order");
        skills = skillService.taxonomy();
        if (!blank(params.get("skill"))) {
            long id = WebPages.number(params.get("skill"));
            skillId = skills.stream().anyMatch(k -> k.getId() == id) ? id : null;
            unreadIf(skillId == null, "skill");
        }
        if (!blank(params.get("days"))) {
            try {
                maxDays = new BigDecimal(params.get("days").strip());
                unreadIf(maxDays.signum() <= 0 || maxDays.compareTo(BigDecimal.valueOf(5)) > 0, "days a week");
            } catch (NumberFormatException notANumber) {
                unreadable.add("days a week");
            }
            maxDays = unreadable.contains("days a week") ? null : maxDays;
        }
        remoteOnly = "true".equals(params.get("remote"));
        if (!blank(params.get("start"))) {
            try {
                startingBy = LocalDate.parse(params.get("start").strip());
            } catch (DateTimeParseException notADate) {
                unreadable.add("start date");
            }
        }
        query = "q=" + encoded(words) + "&state=" + encoded(state) + "&region=" + encoded(region) + "&skill=" + encoded(skillId)
                + "&days=" + encoded(maxDays == null ? null : maxDays.toPlainString()) + "&remote=" + remoteOnly
                + "&start=" + encoded(startingBy) + "&sort=" + encoded(sort);
        paging = Paging.from(params.get("from"), PAGE_SIZE);
        NeedFilter filter = NeedFilter.asked(words, region, skillId, maxDays, remoteOnly, startingBy, sort);
        found = needs.search(state == null ? filter : filter.withStates(Set.of(state)), paging.request());
        paging.of(found.total());
    }

    /** A value the form could not have sent is left out of the search, and the page says which. */
    private <E extends Enum<E>> E named(E[] values, String name, String what) {
        if (blank(name)) {
            return null;
        }
        E value = Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst().orElse(null);
        unreadIf(value == null, what);
        return value;
    }

    private void unreadIf(boolean unread, String what) {
        if (unread) {
            unreadable.add(what);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String encoded(Object value) {
        return value == null ? "" : URLEncoder.encode(value.toString(), StandardCharsets.UTF_8);
    }

    public List<Region> getRegions() {
        return List.of(Region.values());
    }

    public List<NeedSort> getSorts() {
        return List.of(NeedSort.values());
    }

    public List<Skill> getSkills() {
        return skills;
    }

    public Region getRegion() {
        return region;
    }

    public Long getSkillId() {
        return skillId;
    }

    public BigDecimal getMaxDays() {
        return maxDays;
    }

    public boolean isRemoteOnly() {
        return remoteOnly;
    }

    public LocalDate getStartingBy() {
        return startingBy;
    }

    public NeedSort getSort() {
        return sort;
    }

    public List<String> getUnreadable() {
        return unreadable;
    }

    /** The search as it stands, for the links to other pages of it. */
    public String getQuery() {
        return query;
    }

    public List<NeedState> getStates() {
        return List.of(NeedState.values());
    }

    public String getWords() {
        return words;
    }

    public NeedState getState() {
        return state;
    }

    public Page<Need> getFound() {
        return found;
    }

    public Paging getPaging() {
        return paging;
    }
}
