package uk.interimexchange.interfaces.web.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.interimexchange.application.ApplicationService;
import uk.interimexchange.domain.model.application.Application;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.interfaces.web.Paging;

/** An associate's own applications, newest first, one page at a time from the database. */
@Named
@RequestScoped
public class YourApplications {

    static final int PAGE_SIZE = 20;

    @Inject
    ApplicationService applications;

    @Inject
    FacesContext faces;

    private Paging paging;
    private Page<Application> found;

    @PostConstruct
    void load() {
        paging = Paging.from(faces.getExternalContext().getRequestParameterMap().get("from"), PAGE_SIZE);
        found = applications.mine(paging.request());
        paging.of(found.total());
    }

    public Page<Application> getFound() {
        return found;
    }

    public Paging getPaging() {
        return paging;
    }
}
