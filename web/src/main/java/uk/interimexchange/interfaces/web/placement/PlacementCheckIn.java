package uk.interimexchange.interfaces.web.placement;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.interimexchange.application.PlacementService;
import uk.interimexchange.domain.model.placement.CheckInReport;
import uk.interimexchange.domain.model.placement.DeliverableStatus;

/** While a placement runs, the associate and the host check in, and one of them records the mid-point review. */
@Named
@RequestScoped
public class PlacementCheckIn {

    @Inject
    PlacementPage page;

    @Inject
    PlacementService placements;

    private LocalDate date;
    private BigDecimal daysWorked;
    private String issues;
    private String notes;
    private List<OutcomeRows.ProgressRow> progress = List.of();
    private String onTrack;
    private String changes;

    @PostConstruct
    void load() {
        progress = OutcomeRows.deliverables(page.getPlacement());
    }

    public void checkIn() {
        page.act("check-in:date", id -> placements.checkIn(id, new CheckInReport(date, daysWorked, OutcomeRows.progress(progress), issues,
                notes)), "Your check-in is recorded.");
    }

    public void recordMidPointReview() {
        page.act("mid-point:on-track", id -> placements.recordMidPointReview(id, onTrack, changes),
                "The mid-point review is recorded. It counts once the other side agrees it.");
    }

    public List<DeliverableStatus> getStatuses() {
        return List.of(DeliverableStatus.values());
    }

    public List<OutcomeRows.ProgressRow> getProgress() {
        return progress;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public BigDecimal getDaysWorked() {
        return daysWorked;
    }

    public void setDaysWorked(BigDecimal daysWorked) {
        this.daysWorked = daysWorked;
    }

    public String getIssues() {
        return issues;
    }

    public void setIssues(String issues) {
        this.issues = issues;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getOnTrack() {
        return onTrack;
    }

    public void setOnTrack(String onTrack) {
        this.onTrack = onTrack;
    }

    public String getChanges() {
        return changes;
    }

    public void setChanges(String changes) {
        this.changes = changes;
    }
}
