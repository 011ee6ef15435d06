package uk.interimexchange.interfaces.web.placement;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;
import uk.interimexchange.application.AccessDeniedException;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.application.PlacementService;
import uk.interimexchange.application.Roles;
import uk.interimexchange.domain.model.audit.AuditEvent;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.placement.PlacementParty;
import uk.interimexchange.domain.model.placement.PlacementSignOff;
import uk.interimexchange.domain.model.placement.PlacementState;
import uk.interimexchange.interfaces.web.PageSteps;
import uk.interimexchange.interfaces.web.WebPages;

/**
 * One placement at its own address (/placements/7): its terms, the four sign-offs with who and when, exactly what
 * still stands before it can start, and its history. Each party signs for themselves here; the line manager signs
 * through their emailed link.
 */
@Named
@RequestScoped
public class PlacementPage {

    @Inject
    PlacementService placements;

    @Inject
    FacesContext faces;

    @Inject
    PageSteps steps;

    /** One line of the sign-off table (a class, not a record: Jakarta EL 5 reads only getters). */
    public static final class SignOffLine {
        private final PlacementParty party;
        private final PlacementSignOff signOff;

        SignOffLine(PlacementParty party, PlacementSignOff signOff) {
            this.party = party;
            this.signOff = signOff;
        }

        public PlacementParty getParty() {
            return party;
        }

        public PlacementSignOff getSignOff() {
            return signOff;
        }
    }

    private long id;
    private Placement placement;
    private List<AuditEvent> history = List.of();
    private List<SignOffLine> signOffs = List.of();
    private List<String> stillNeeded = List.of();
    private PlacementParty mySide;
    private boolean startable;
    private String comment;

    @PostConstruct
    void load() {
        ExternalContext external = faces.getExternalContext();
        id = WebPages.number(external.getRequestParameterMap().get("id"));
        try {
            placement = placements.find(id);
            history = placements.history(id);
        } catch (NotFoundException | AccessDeniedException unknown) {
            placement = null;
            return;
        }
        signOffs = Arrays.stream(PlacementParty.values()).map(p -> new SignOffLine(p, placement.signOffBy(p).orElse(null))).toList();
        boolean beforeStart = placement.getState() == PlacementState.PROPOSED || placement.getState() == PlacementState.AGREED;
        stillNeeded = beforeStart ? placement.missingForActivation() : List.of();
        mySide = placement.getState() == PlacementState.PROPOSED ? sideOf((HttpServletRequest) external.getRequest()) : null;
        if (mySide != null && placement.signOffBy(mySide).isPresent()) {
            mySide = null; // already signed
        }
        startable = beforeStart && ((HttpServletRequest) external.getRequest()).isUserInRole(Roles.COORDINATOR);
    }

    /** Which party the person looking signs as, if any: the service checks it again when they sign. */
    private PlacementParty sideOf(HttpServletRequest request) {
        String me = request.getRemoteUser();
        if (request.isUserInRole(Roles.ASSOCIATE) && placement.getAssociate().getEmail().equals(me)) {
            return PlacementParty.ASSOCIATE;
        }
        if (request.isUserInRole(Roles.HOST) && placement.getNeed().getSponsor().getEmail().equals(me)) {
            return PlacementParty.HOST_SPONSOR;
        }
        return request.isUserInRole(Roles.COORDINATOR) ? PlacementParty.COORDINATOR : null;
    }

    /** The page's view action. */
    public void requirePlacement() {
        if (placement == null) {
            WebPages.notFound(faces);
        }
    }

    public void signOff() {
        PlacementParty side = mySide;
        act(placementId -> placements.signOff(placementId, side, comment), "You signed the placement as the "
                + (side == null ? "" : side.getLabel().toLowerCase()) + ".");
    }

    public void start() {
        act(placements::activate, "The placement has started.");
    }

    private void act(LongConsumer step, String done) {
        steps.take("placement", null, () -> {
            step.accept(id);
            return "/placements/" + id;
        }, done);
    }

    public Placement getPlacement() {
        return placement;
    }

    public List<AuditEvent> getHistory() {
        return history;
    }

    public List<SignOffLine> getSignOffs() {
        return signOffs;
    }

    public List<String> getStillNeeded() {
        return stillNeeded;
    }

    public PlacementParty getMySide() {
        return mySide;
    }

    public boolean isStartable() {
        return startable;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
