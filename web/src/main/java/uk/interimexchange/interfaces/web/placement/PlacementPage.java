package uk.interimexchange.interfaces.web.placement;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.LongConsumer;
import uk.interimexchange.application.AccessDeniedException;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.application.PlacementService;
import uk.interimexchange.application.PlacementView;
import uk.interimexchange.application.ReleaseService;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.interfaces.web.PageSteps;
import uk.interimexchange.interfaces.web.WebPages;

/**
 * One placement at its own address (/placements/7), read once a request as the view the service makes for the
 * person looking: the placement, the steps they may take, and its history. The page's parts (preparation,
 * check-ins, steering, close-out) are beans of their own over this view; the steps taken here are the one-button
 * ones: signing, starting, cancelling, acknowledging a new scope, agreeing the mid-point review, asking the line
 * manager again.
 */
@Named
@RequestScoped
public class PlacementPage {

    @Inject
    PlacementService placements;

    @Inject
    ReleaseService releases;

    @Inject
    FacesContext faces;

    @Inject
    PageSteps steps;

    private long id;
    private PlacementView view;
    private String comment;
    private String reason;

    @PostConstruct
    void load() {
        id = WebPages.number(faces.getExternalContext().getRequestParameterMap().get("id"));
        try {
            view = placements.view(id);
        } catch (NotFoundException | AccessDeniedException | EJBAccessException notTheirs) {
            view = null;
        }
    }

    /** The page's view action: the same 404 for a placement that does not exist or is not the caller's. */
    public void requirePlacement() {
        if (view == null) {
            WebPages.notFound(faces);
        }
    }

    public void signOff() {
        String as = view.signingAs() == null ? "" : view.signingAs().getLabel().toLowerCase();
        act("placement:comment", placementId -> placements.signOff(placementId, view.signingAs(), comment),
                "You signed the placement as the " + as + ".");
    }

    public void start() {
        act("placement:comment", placements::activate, "The placement has started.");
    }

    public void cancel() {
        act("cancel-placement:reason", placementId -> placements.cancel(placementId, reason),
                "The placement is cancelled, with your reason. A coordinator can reopen its need.");
    }

    public void acknowledgeScope() {
        act(null, placements::acknowledgeScope, "You acknowledged the scope now in force.");
    }

    public void agreeMidPointReview() {
        act(null, placements::agreeMidPointReview, "You agreed the mid-point review.");
    }

    public void resendRelease() {
        act(null, releases::resend, "The line manager has been emailed a fresh link; the earlier one no longer works.");
    }

    /** Takes a step on this placement the one way every part of the page does, and shows the placement again. */
    void act(String field, LongConsumer step, String done) {
        steps.take("placement", field, () -> {
            step.accept(id);
            return "/placements/" + id;
        }, done);
    }

    public PlacementView getView() {
        return view;
    }

    public Placement getPlacement() {
        return view == null ? null : view.placement();
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
