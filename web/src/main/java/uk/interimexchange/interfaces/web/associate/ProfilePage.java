package uk.interimexchange.interfaces.web.associate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.interimexchange.application.AssociateService;
import uk.interimexchange.application.ProfilePageView;
import uk.interimexchange.domain.model.associate.Associate;
import uk.interimexchange.interfaces.web.WebPages;

/**
 * The profile page (/account/profile.xhtml), read once a request as the view the service makes for the caller. Its
 * parts are beans of their own over this view: the profile's form ({@link ProfileEditor}) and the membership of the
 * pool ({@link PoolMembership}).
 */
@Named
@RequestScoped
public class ProfilePage {

    @Inject
    AssociateService associates;

    @Inject
    FacesContext faces;

    private ProfilePageView view;

    @PostConstruct
    void load() {
        view = associates.profilePage().orElse(null);
    }

    /** The page's view action: only associates have a profile, so anyone else is told there is no such page. */
    public void requireProfilePage() {
        if (view == null) {
            WebPages.notFound(faces);
        }
    }

    boolean exists() {
        return view != null;
    }

    /** The profile, or null until the associate starts it (and for anyone without a profile page). */
    public Associate getProfile() {
        return view == null ? null : view.profile();
    }
}
