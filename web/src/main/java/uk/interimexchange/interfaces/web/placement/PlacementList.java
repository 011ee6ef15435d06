package uk.interimexchange.interfaces.web.placement;

import static uk.interimexchange.interfaces.web.QueryParameters.blank;
import static uk.interimexchange.interfaces.web.QueryParameters.encoded;
import static uk.interimexchange.interfaces.web.QueryParameters.named;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.interimexchange.application.PlacementListView;
import uk.interimexchange.application.PlacementService;
import uk.interimexchange.domain.model.organisation.Organisation;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.placement.PlacementSearch;
import uk.interimexchange.domain.model.placement.PlacementState;
import uk.interimexchange.domain.model.placement.PlacementSummary;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.interfaces.web.OrganisationChoices;
import uk.interimexchange.interfaces.web.Paging;
import uk.interimexchange.interfaces.web.QueryParameters;
import uk.interimexchange.interfaces.web.WebPages;

/**
 * Placements at a glance (/placements/): those the person may see (a host their organisation's, a coordinator all),
 * narrowed by state, host, associate and region, or to those at risk, a page at a time with what each is at risk of.
 */
@Named
@RequestScoped
public class PlacementList {

    static final int PAGE_SIZE = 25;

    @Inject
    PlacementService placements;

    @Inject
    FacesContext faces;

    @Inject
    OrganisationChoices organisationChoices;

    private final List<String> unreadable = new ArrayList<>();
    private PlacementState state;
    private Long hostId;
    private String associate;
    private Region region;
    private boolean atRiskOnly;
    private Paging paging;
    private Page<PlacementSummary> found;
    private List<Organisation> hosts = List.of();

    @PostConstruct
    void load() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        state = named(PlacementState.values(), params.get("state"), "state", unreadable);
        region = named(Region.values(), params.get("region"), "region", unreadable);
        associate = blank(params.get("associate")) ? null : params.get("associate").strip();
        atRiskOnly = "true".equals(params.get("risk"));
        hostId = QueryParameters.read(params.get("host"), "host", unreadable, text -> {
            long id = WebPages.number(text);
            return id > 0 ? id : null;
        });
        paging = Paging.from(params.get("from"), PAGE_SIZE);
        PlacementListView view = placements.listPage(new PlacementSearch(state, hostId, associate, region, atRiskOnly, null),
                paging.request());
        found = view.found();
        paging.of(found.total());
        if (view.narrowsByHost()) {
            hosts = organisationChoices.active();
        }
    }

    /** The hosts a coordinator can narrow to; none for a host or an associate, who see only their own placements anyway. */
    public List<Organisation> getHosts() {
        return hosts;
    }

    public String getQuery() {
        return "state=" + encoded(state) + "&host=" + encoded(hostId) + "&associate=" + encoded(associate) + "&region=" + encoded(region)
                + "&risk=" + atRiskOnly;
    }

    public List<PlacementState> getStates() {
        return List.of(PlacementState.values());
    }

    public List<Region> getRegions() {
        return List.of(Region.values());
    }

    public List<String> getUnreadable() {
        return unreadable;
    }

    public PlacementState getState() {
        return state;
    }

    public Long getHostId() {
        return hostId;
    }

    public String getAssociate() {
        return associate;
    }

    public Region getRegion() {
        return region;
    }

    public boolean isAtRiskOnly() {
        return atRiskOnly;
    }

    public Paging getPaging() {
        return paging;
    }

    public Page<PlacementSummary> getFound() {
        return found;
    }
}
