package uk.interimexchange.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import uk.interimexchange.application.OrganisationService;
import uk.interimexchange.domain.model.organisation.Organisation;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

/** The active organisations of the directory, by name, for a form that asks which one: loaded once a request. */
@RequestScoped
public class OrganisationChoices {

    @Inject
    OrganisationService directory;

    private List<Organisation> active;

    public List<Organisation> active() {
        if (active == null) {
            active = new ArrayList<>();
            Page<Organisation> page;
            do {
                page = directory.search(null, null, true, new PageRequest(active.size(), PageRequest.MAX_LIMIT));
                active.addAll(page.items());
            } while (!page.items().isEmpty() && active.size() < page.total());
        }
        return active;
    }
}
