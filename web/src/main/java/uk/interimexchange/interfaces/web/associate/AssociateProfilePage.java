package uk.interimexchange.interfaces.web.associate;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.interimexchange.application.AccessDeniedException;
import uk.interimexchange.application.AssociateProfile;
import uk.interimexchange.application.AssociateService;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.interfaces.web.WebPages;

/**
 * An associate's profile at its own address (/associates/7), as the person looking may see it: the service decides
 * what (contact details withheld from a host until an offer is accepted) and answers 404 to anyone else.
 */
@Named
@RequestScoped
public class AssociateProfilePage {

    @Inject
    AssociateService associates;

    @Inject
    FacesContext faces;

    private AssociateProfile profile;

    @PostConstruct
    void load() {
        long id = WebPages.number(faces.getExternalContext().getRequestParameterMap().get("id"));
        try {
            profile = associates.profile(id);
        } catch (NotFoundException | AccessDeniedException | EJBAccessException notTheirs) {
            profile = null;
        }
    }

    /** The view action: the same 404 for a profile that does not exist or is not the caller's to see. */
    public void requireProfile() {
        if (profile == null) {
            WebPages.notFound(faces);
        }
    }

    public AssociateProfile getProfile() {
        return profile;
    }
}
