package uk.interimexchange.interfaces.web.placement;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import uk.interimexchange.application.PlacementService;
import uk.interimexchange.domain.model.placement.CloseOut;
import uk.interimexchange.domain.model.placement.DeliverableStatus;
import uk.interimexchange.domain.model.placement.ObjectiveOutcome;

/** The close-out, objective by objective and deliverable by deliverable, and the feedback each side gives after. */
@Named
@RequestScoped
public class PlacementCloseOut {

    @Inject
    PlacementPage page;

    @Inject
    PlacementService placements;

    private List<OutcomeRows.OutcomeRow> outcomes = List.of();
    private List<OutcomeRows.ProgressRow> finalDeliverables = List.of();
    private BigDecimal daysWorked;
    private String whatWorked;
    private String whatDidNot;
    private String recommendations;
    private Integer rating;
    private String feedback;

    @PostConstruct
    void load() {
        outcomes = OutcomeRows.objectives(page.getPlacement());
        finalDeliverables = OutcomeRows.deliverables(page.getPlacement());
        if (page.getView() != null) {
            daysWorked = page.getPlacement().daysWorked(); // the check-ins' total, for the person closing out to confirm or correct
        }
    }

    public void closeOut() {
        page.act("close-out:what-worked", id -> placements.complete(id, new CloseOut(daysWorked, OutcomeRows.results(outcomes),
                        OutcomeRows.progress(finalDeliverables), whatWorked, whatDidNot, recommendations)),
                "The placement is closed out. Thank you: what it taught goes to the lessons library.");
    }

    public void giveFeedback() {
        page.act("feedback:rating", id -> placements.giveFeedback(id, rating == null ? 0 : rating, feedback), "Thank you for your feedback.");
    }

    public List<DeliverableStatus> getStatuses() {
        return List.of(DeliverableStatus.values());
    }

    public List<ObjectiveOutcome> getObjectiveOutcomes() {
        return List.of(ObjectiveOutcome.values());
    }

    public List<Integer> getRatings() {
        return List.of(1, 2, 3, 4, 5);
    }

    public List<OutcomeRows.OutcomeRow> getOutcomes() {
        return outcomes;
    }

    public List<OutcomeRows.ProgressRow> getFinalDeliverables() {
        return finalDeliverables;
    }

    public BigDecimal getDaysWorked() {
        return daysWorked;
    }

    public void setDaysWorked(BigDecimal daysWorked) {
        this.daysWorked = daysWorked;
    }

    public String getWhatWorked() {
        return whatWorked;
    }

    public void setWhatWorked(String whatWorked) {
        this.whatWorked = whatWorked;
    }

    public String getWhatDidNot() {
        return whatDidNot;
    }

    public void setWhatDidNot(String whatDidNot) {
        this.whatDidNot = whatDidNot;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String recommendations) {
        this.recommendations = recommendations;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }
}
