package uk.interimexchange.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.interimexchange.application.NeedService;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.need.NeedFilter;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.shared.BusinessRuleException;

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

    /** The needs the caller may see, a page at a time, filtered by state if asked. */
    @GET
    @Path("needs")
    public Paging<NeedSummary> search(@QueryParam("state") String state, @QueryParam("page") String page, @QueryParam("size") String size) {
        NeedFilter filter = NeedFilter.all();
        if (state != null && !state.isBlank()) {
            filter = filter.withStates(Set.of(state(state)));
        }
        return Paging.of(needs.search(filter, Paging.request(page, size)).map(NeedSummary::of));
    }

    /** One need, with its version as the entity tag a change must send back in If-Match. */
    @GET
    @Path("needs/{id}")
    public Response find(@PathParam("id") long id) {
        Need need = needs.find(id);
        return Response.ok(NeedSummary.of(need)).tag(tag(need)).build();
    }

    /**
     * A host sends their draft to the programme. If-Match must carry the need's entity tag as last read: without it
     * 428, and 412 if the need changed since (nothing is then changed), so no one submits what they have not seen.
     */
    @POST
    @Path("needs/{id}/submit")
    public Response submit(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new Precondition(428, "Send the need's ETag, from GET /api/needs/" + id + ", in an If-Match header.");
        }
        Need current = needs.find(id);
        if (!ifMatch.strip().equals("*") && !ifMatch.strip().equals(tag(current).toString())) {
            throw new Precondition(412, "The need has changed since you read it. Read it again and decide on what it says now.");
        }
        Need submitted = needs.submit(id);
        return Response.ok(NeedSummary.of(submitted)).tag(tag(submitted)).build();
    }

    private static EntityTag tag(Need need) {
        return new EntityTag("need-" + need.getId() + "-v" + need.getVersion());
    }

    /** A change sent without, or with an out-of-date, If-Match. */
    static final class Precondition extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int status;

        Precondition(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
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
