package uk.interimexchange.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.interimexchange.application.NeedService;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.need.NeedFilter;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.shared.PageRequest;

/** Needs as JSON: those the caller may see (the service scopes them), and a host submitting a draft. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class NeedsResource {

    @Inject
    NeedService needs;

    @Context
    HttpServletRequest request;

    /** The token state-changing calls must send in the X-CSRF-Token header. */
    @GET
    @Path("csrf-token")
    public Map<String, String> csrfToken() {
        return Map.of("header", CsrfProtection.HEADER, "token", CsrfProtection.tokenFor(request.getSession()));
    }

    @GET
    @Path("needs")
    public List<NeedSummary> search(@QueryParam("state") String state) {
        NeedFilter filter = NeedFilter.all();
        if (state != null && !state.isBlank()) {
            filter = filter.withStates(Set.of(state(state)));
        }
        return needs.search(filter, PageRequest.first(PageRequest.MAX_LIMIT)).items().stream().map(NeedSummary::of).toList();
    }

    @GET
    @Path("needs/{id}")
    public NeedSummary find(@PathParam("id") long id) {
        return NeedSummary.of(needs.find(id));
    }

    @POST
    @Path("needs/{id}/submit")
    public NeedSummary submit(@PathParam("id") long id) {
        return NeedSummary.of(needs.submit(id));
    }

    private static NeedState state(String given) {
        try {
            return NeedState.valueOf(given.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("There is no need state called " + given + ".");
        }
    }

    /** What the API shows of a need. */
    public static final class NeedSummary {

        private final long id;
        private final String title;
        private final String state;
        private final String organisation;
        private final long version;

        NeedSummary(long id, String title, String state, String organisation, long version) {
            this.id = id;
            this.title = title;
            this.state = state;
            this.organisation = organisation;
            this.version = version;
        }

        static NeedSummary of(Need need) {
            return new NeedSummary(need.getId(), need.getTitle(), need.getState().name(), need.getOrganisation().getName(),
                    need.getVersion());
        }

        public long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public String getState() {
            return state;
        }

        public String getOrganisation() {
            return organisation;
        }

        public long getVersion() {
            return version;
        }
    }
}
