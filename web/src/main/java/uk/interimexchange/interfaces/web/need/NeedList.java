package uk.interimexchange.interfaces.web.need;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.interimexchange.application.NeedService;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.need.NeedFilter;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.shared.Page;
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

    private String words;
    private NeedState state;
    private Paging paging;
    private Page<Need> found;

    @PostConstruct
    void load() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        words = params.get("q") == null || params.get("q").isBlank() ? null : params.get("q").strip();
        state = Arrays.stream(NeedState.values()).filter(s -> s.name().equals(params.get("state"))).findFirst().orElse(null);
        paging = Paging.from(params.get("from"), PAGE_SIZE);
        found = needs.search(new NeedFilter(state == null ? Set.of() : Set.of(state), null, null, null, words), paging.request());
        paging.of(found.total());
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
