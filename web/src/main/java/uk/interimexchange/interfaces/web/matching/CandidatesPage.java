package uk.interimexchange.interfaces.web.matching;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import uk.interimexchange.application.AccessDeniedException;
import uk.interimexchange.application.ApplicationService;
import uk.interimexchange.application.MatchingService;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.application.Ranking;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.shared.Band;
import uk.interimexchange.interfaces.web.PageSteps;
import uk.interimexchange.interfaces.web.Paging;
import uk.interimexchange.interfaces.web.WebPages;

/**
 * A need's candidates for a coordinator (/needs/candidates.xhtml?need=42): everyone eligible, applied or not, best
 * first with the parts of their score, the applicants who cannot be put forward and why, and an invitation to apply.
 */
@Named
@RequestScoped
public class CandidatesPage {

    @Inject
    MatchingService matching;

    @Inject
    ApplicationService applications;

    @Inject
    FacesContext faces;

    @Inject
    PageSteps steps;

    private long needId;
    private boolean appliedOnly;
    private Region region;
    private Band band;
    private Ranking ranking;
    private Paging paging;

    /** Candidates a page: enough to compare, few enough to read. */
    static final int PAGE_SIZE = 25;

    @PostConstruct
    void load() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        needId = WebPages.number(params.get("need"));
        appliedOnly = "true".equals(params.get("applied"));
        region = Arrays.stream(Region.values()).filter(r -> r.name().equals(params.get("region"))).findFirst().orElse(null);
        band = Arrays.stream(Band.values()).filter(b -> b.name().equals(params.get("band"))).findFirst().orElse(null);
        paging = Paging.from(params.get("from"), PAGE_SIZE);
        try {
            ranking = matching.rank(needId, appliedOnly, region, band, paging.request());
            paging.of(ranking.ranked().total());
        } catch (NotFoundException | AccessDeniedException | EJBAccessException notTheirs) {
            ranking = null;
        }
    }

    /** The view action: the same 404 for a need that does not exist or a caller who is not a coordinator. */
    public void requireRanking() {
        if (ranking == null) {
            WebPages.notFound(faces);
        }
    }

    public void invite(long associateId) {
        steps.take("need", null, () -> {
            applications.invite(associateId, needId);
            return "/needs/candidates.xhtml?" + getQuery() + "&from=" + paging.getFrom();
        }, "The associate is invited to apply. Nothing is offered until they have applied and been interviewed.");
    }

    public long getNeedId() {
        return needId;
    }

    public boolean isAppliedOnly() {
        return appliedOnly;
    }

    public Region getRegion() {
        return region;
    }

    public Band getBand() {
        return band;
    }

    public Paging getPaging() {
        return paging;
    }

    /** The filters as an address's query, for the links to other pages of the same list. */
    public String getQuery() {
        return "need=" + needId + (appliedOnly ? "&applied=true" : "") + (region == null ? "" : "&region=" + region.name())
                + (band == null ? "" : "&band=" + band.name());
    }

    public Ranking getRanking() {
        return ranking;
    }

    public List<Region> getRegions() {
        return List.of(Region.values());
    }

    public List<Band> getBands() {
        return List.of(Band.values());
    }
}
