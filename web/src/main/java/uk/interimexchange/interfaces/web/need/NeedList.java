package uk.interimexchange.interfaces.web.need;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.interimexchange.application.NeedService;
import uk.interimexchange.application.SkillService;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.need.NeedSort;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.skill.Skill;
import uk.interimexchange.interfaces.web.Paging;

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

    private NeedSearch search;
    private List<Skill> skills;
    private Paging paging;
    private Page<Need> found;

    @PostConstruct
    void load() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        skills = skillService.taxonomy();
        search = NeedSearch.from(params, skills);
        paging = Paging.from(params.get("from"), PAGE_SIZE);
        found = needs.search(search.filter(), paging.request());
        paging.of(found.total());
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

    public String getWords() {
        return search.words();
    }

    public NeedState getState() {
        return search.state();
    }

    public Region getRegion() {
        return search.region();
    }

    public Long getSkillId() {
        return search.skillId();
    }

    public BigDecimal getMaxDays() {
        return search.maxDays();
    }

    public boolean isRemoteOnly() {
        return search.remoteOnly();
    }

    public LocalDate getStartingBy() {
        return search.startingBy();
    }

    public NeedSort getSort() {
        return search.sort();
    }

    public List<String> getUnreadable() {
        return search.unreadable();
    }

    /** The search as it stands, for the links to other pages of it and to its export. */
    public String getQuery() {
        return search.query();
    }

    public List<NeedState> getStates() {
        return List.of(NeedState.values());
    }

    public Page<Need> getFound() {
        return found;
    }

    public Paging getPaging() {
        return paging;
    }
}
