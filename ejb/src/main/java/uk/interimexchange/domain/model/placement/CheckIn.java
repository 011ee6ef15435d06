package uk.interimexchange.domain.model.placement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A check-in during an active placement, by the associate or the host. Part of the placement. */
@Entity
@Table(name = "check_in")
public class CheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "placement_id")
    private Placement placement;

    @Column(name = "check_in_date", nullable = false)
    private LocalDate date;

    @Column(name = "days_worked", nullable = false, precision = 4, scale = 1)
    private BigDecimal daysWorked;

    @Enumerated(EnumType.STRING)
    @Column(name = "by_side", nullable = false, length = 20)
    private Side bySide;

    @Column(name = "by_name", nullable = false, length = 120)
    private String byName;

    @ElementCollection
    @CollectionTable(name = "check_in_progress", joinColumns = @JoinColumn(name = "check_in_id"))
    @OrderColumn(name = "position")
    private List<DeliverableProgress> progress = new ArrayList<>();

    @Column(length = 4000)
    private String issues;

    @Column(length = 4000)
    private String notes;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected CheckIn() {
    }

    CheckIn(Placement placement, CheckInReport report, Side bySide, String byName, String issues, String notes, Instant now) {
        this.placement = placement;
        this.date = report.date();
        this.daysWorked = report.daysWorked();
        this.progress.addAll(report.progress());
        this.bySide = bySide;
        this.byName = byName;
        this.issues = issues;
        this.notes = notes;
        this.recordedAt = now;
    }

    public boolean reportsRisk() {
        return progress.stream().anyMatch(p -> p.getStatus() == DeliverableStatus.AT_RISK);
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }

    public BigDecimal getDaysWorked() {
        return daysWorked;
    }

    public Side getBySide() {
        return bySide;
    }

    public String getByName() {
        return byName;
    }

    public List<DeliverableProgress> getProgress() {
        return Collections.unmodifiableList(progress);
    }

    public String getIssues() {
        return issues;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
