package uk.interimexchange.interfaces.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.interimexchange.application.OverviewService;
import uk.interimexchange.application.ProgrammeOverview;

/** The home page: what the programme looks like today, read once per request. */
@Named
@RequestScoped
public class Home {

    @Inject
    OverviewService overviewService;

    private ProgrammeOverview overview;

    @PostConstruct
    void load() {
        overview = overviewService.overview();
    }

    public ProgrammeOverview getOverview() {
        return overview;
    }
}
