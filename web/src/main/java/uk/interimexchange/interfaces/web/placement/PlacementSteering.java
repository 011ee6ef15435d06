package uk.interimexchange.interfaces.web.placement;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import uk.interimexchange.application.PlacementService;
import uk.interimexchange.domain.model.placement.ObjectiveOutcome;

/** Steering a running placement: planning its close-out, extending it, or ending it early with what it achieved. */
@Named
@RequestScoped
public class PlacementSteering {

    @Inject
    PlacementPage page;

    @Inject
    PlacementService placements;

    private LocalDate newEndDate;
    private LocalDate closeOutOn;
    private String reason;
    private List<OutcomeRows.OutcomeRow> outcomes = List.of();

    @PostConstruct
    void load() {
        outcomes = OutcomeRows.objectives(page.getPlacement());
    }

    public void extend() {
        page.act("steer:new-end", id -> placements.agreeExtension(id, newEndDate),
                "You agreed the new end date. Once the host sponsor and a coordinator have both agreed it, the line manager is asked"
                        + " to release the associate for it.");
    }

    public void planCloseOut() {
        page.act("close-out-plan:on", id -> placements.planCloseOut(id, closeOutOn), "The close-out is planned.");
    }

    public void endEarly() {
        page.act("end-early:reason", id -> placements.endEarly(id, reason, OutcomeRows.results(outcomes)),
                "The placement has ended early, with your reason and what it achieved.");
    }

    public List<ObjectiveOutcome> getObjectiveOutcomes() {
        return List.of(ObjectiveOutcome.values());
    }

    public List<OutcomeRows.OutcomeRow> getOutcomes() {
        return outcomes;
    }

    public LocalDate getNewEndDate() {
        return newEndDate;
    }

    public void setNewEndDate(LocalDate newEndDate) {
        this.newEndDate = newEndDate;
    }

    public LocalDate getCloseOutOn() {
        return closeOutOn;
    }

    public void setCloseOutOn(LocalDate closeOutOn) {
        this.closeOutOn = closeOutOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
