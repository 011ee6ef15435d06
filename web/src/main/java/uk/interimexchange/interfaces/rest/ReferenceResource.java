package uk.interimexchange.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import uk.interimexchange.application.OrganisationService;
import uk.interimexchange.application.SkillService;
import uk.interimexchange.domain.model.organisation.Organisation;
import uk.interimexchange.domain.model.skill.Skill;

/** The reference data an integrating system matches its own records to: the organisations directory and the skill taxonomy. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    @Inject
    OrganisationService organisations;

    @Inject
    SkillService skills;

    /** Open organisations whose name or ODS code holds the words (all when none), a page at a time. */
    @GET
    @Path("organisations")
    public Paging<OrganisationLine> organisations(@QueryParam("q") String words, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        if (words != null && words.length() > 100) {
            throw new Paging.BadRequest("q must be 100 characters or fewer.");
        }
        return Paging.of(organisations.search(words, null, true, Paging.request(page, size)).map(OrganisationLine::of));
    }

    /** The whole skill taxonomy, by area. */
    @GET
    @Path("skills")
    public List<SkillLine> skills() {
        return skills.taxonomy().stream().map(SkillLine::of).toList();
    }

    /** What the API shows of an organisation. */
    public record OrganisationLine(String odsCode, String name, String type, String region) {

        static OrganisationLine of(Organisation o) {
            return new OrganisationLine(o.getOdsCode(), o.getName(), o.getType().name(), o.getRegion().name());
        }
    }

    /** What the API shows of a skill. */
    public record SkillLine(long id, String name, String area) {

        static SkillLine of(Skill s) {
            return new SkillLine(s.getId(), s.getName(), s.getArea().getName());
        }
    }
}
