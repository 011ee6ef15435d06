package uk.interimexchange.interfaces.web.associate;

import static uk.interimexchange.interfaces.web.QueryParameters.blank;
import static uk.interimexchange.interfaces.web.QueryParameters.date;
import static uk.interimexchange.interfaces.web.QueryParameters.encoded;
import static uk.interimexchange.interfaces.web.QueryParameters.named;
import static uk.interimexchange.interfaces.web.QueryParameters.read;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.interimexchange.application.AssociateService;
import uk.interimexchange.application.SkillService;
import uk.interimexchange.domain.model.associate.AssociateStatus;
import uk.interimexchange.domain.model.associate.PoolMember;
import uk.interimexchange.domain.model.associate.TalentPoolSearch;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.shared.Band;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.skill.Skill;
import uk.interimexchange.interfaces.web.Paging;
import uk.interimexchange.interfaces.web.WebPages;

/**
 * The talent pool for coordinators (/associates/): search by words, skill, band, region, availability and status, a
 * page at a time from the database. The search is in the address; a value the form could not have sent is named
 * and left out.
 */
@Named
@RequestScoped
public class TalentPool {

    static final int PAGE_SIZE = 25;

    @Inject
    AssociateService associates;

    @Inject
    SkillService skillService;

    @Inject
    FacesContext faces;

    private List<Skill> skills = List.of();
    private final List<String> unreadable = new ArrayList<>();
    private String words;
    private Long skillId;
    private Band band;
    private Region region;
    private LocalDate availableFrom;
    private LocalDate availableTo;
    private AssociateStatus status;
    private Paging paging;
    private Page<PoolMember> found;

    @PostConstruct
    void load() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        skills = skillService.taxonomy();
        words = blank(params.get("q")) ? null : params.get("q").strip();
        skillId = read(params.get("skill"), "skill", unreadable, text -> {
            long id = WebPages.number(text);
            return skills.stream().anyMatch(k -> k.getId() == id) ? id : null;
        });
        band = named(Band.values(), params.get("band"), "band", unreadable);
        region = named(Region.values(), params.get("region"), "region", unreadable);
        status = named(AssociateStatus.values(), params.get("status"), "status", unreadable);
        availableFrom = date(params.get("from-date"), "first day of availability", unreadable);
        availableTo = date(params.get("to-date"), "last day of availability", unreadable);
        if (availableFrom != null && availableTo != null && availableTo.isBefore(availableFrom)) {
            unreadable.add("availability, whose last day is before its first");
            availableFrom = null;
            availableTo = null;
        }
        paging = Paging.from(params.get("from"), PAGE_SIZE);
        try {
            found = associates.pool(new TalentPoolSearch(words, skillId, band, region, availableFrom, availableTo, status), paging.request());
        } catch (BusinessRuleException unreadableSearch) {
            found = new Page<>(List.of(), 0, 0, PAGE_SIZE);
        }
        paging.of(found.total());
    }

    /** The search as an address query, for the links to other pages of it. */
    public String getQuery() {
        return "q=" + encoded(words) + "&skill=" + encoded(skillId) + "&band=" + encoded(band) + "&region=" + encoded(region)
                + "&from-date=" + encoded(availableFrom) + "&to-date=" + encoded(availableTo) + "&status=" + encoded(status);
    }

    public List<Skill> getSkills() {
        return skills;
    }

    public List<Band> getBands() {
        return List.of(Band.values());
    }

    public List<Region> getRegions() {
        return List.of(Region.values());
    }

    public List<AssociateStatus> getStatuses() {
        return List.of(AssociateStatus.values());
    }

    public List<String> getUnreadable() {
        return unreadable;
    }

    public String getWords() {
        return words;
    }

    public Long getSkillId() {
        return skillId;
    }

    public Band getBand() {
        return band;
    }

    public Region getRegion() {
        return region;
    }

    public LocalDate getAvailableFrom() {
        return availableFrom;
    }

    public LocalDate getAvailableTo() {
        return availableTo;
    }

    public AssociateStatus getStatus() {
        return status;
    }

    public Paging getPaging() {
        return paging;
    }

    public Page<PoolMember> getFound() {
        return found;
    }
}
