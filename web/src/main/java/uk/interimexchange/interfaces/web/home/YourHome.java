package uk.interimexchange.interfaces.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.interimexchange.application.HomeService;
import uk.interimexchange.application.HomeView;

/** "Your home": the view made for it, read in one call; each part is there only for a role the person holds. */
@Named
@RequestScoped
public class YourHome {

    @Inject
    HomeService homes;

    private HomeView view;

    @PostConstruct
    void load() {
        view = homes.home();
    }

    public HomeView getView() {
        return view;
    }
}
