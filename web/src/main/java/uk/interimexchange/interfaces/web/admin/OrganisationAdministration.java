package uk.interimexchange.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import uk.interimexchange.application.OrganisationService;
import uk.interimexchange.domain.model.organisation.Organisation;
import uk.interimexchange.domain.model.organisation.OrganisationType;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.interfaces.web.PageSteps;
import uk.interimexchange.interfaces.web.Paging;

/**
 * The directory of organisations for admins (/admin/organisations.xhtml): search every organisation, open or
 * closed, paged in the database; close one to new needs or open it again; add one the directory extract lacks.
 */
@Named
@RequestScoped
public class OrganisationAdministration {

    static final int PAGE_SIZE = 25;

    @Inject
    OrganisationService organisations;

    @Inject
    FacesContext faces;

    @Inject
    PageSteps steps;

    private String words;
    private Paging paging;
    private Page<Organisation> found;
    private String odsCode;
    private String name;
    private OrganisationType type;
    private Region region;

    /** The search is in the address (?q=&amp;from=), so it can be bookmarked and the form is a plain GET. */
    @PostConstruct
    void load() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        words = params.get("q") == null || params.get("q").isBlank() ? null : params.get("q").strip();
        paging = Paging.from(params.get("from"), PAGE_SIZE);
        found = organisations.search(words, null, false, paging.request());
        paging.of(found.total());
    }

    public void add() {
        steps.take("organisation", "add:ods-code", () -> {
            Organisation added = organisations.register(odsCode, name, type, region);
            return "/admin/organisations.xhtml?q=" + URLEncoder.encode(added.getOdsCode(), StandardCharsets.UTF_8);
        }, "The organisation is added. Its host contacts can now register.");
    }

    public void changeActive(long organisationId, boolean active) {
        steps.take("organisation", null, () -> {
            Organisation changed = organisations.changeActive(organisationId, active);
            return "/admin/organisations.xhtml?q=" + URLEncoder.encode(changed.getOdsCode(), StandardCharsets.UTF_8);
        }, active ? "The organisation is open again." : "The organisation is closed to new needs and new host contacts.");
    }

    public List<OrganisationType> getTypes() {
        return List.of(OrganisationType.values());
    }

    public List<Region> getRegions() {
        return List.of(Region.values());
    }

    public String getWords() {
        return words;
    }

    public Paging getPaging() {
        return paging;
    }

    public Page<Organisation> getFound() {
        return found;
    }

    public String getOdsCode() {
        return odsCode;
    }

    public void setOdsCode(String odsCode) {
        this.odsCode = odsCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }
}
