package uk.interimexchange.domain.model.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.interimexchange.domain.model.organisation.Region;

/**
 * One placement as a list shows it, read in one query: who, where, when, its state, and what it is at risk of
 * ({@code risks}, in words, once {@link #assessedOn} a day).
 */
public record PlacementSummary(long id, String needTitle, long associateId, String associateName, long organisationId,
                               String host, Region region, LocalDate startDate, LocalDate endDate, PlacementState state,
                               PlacementRisk risk, List<String> risks) {

    public PlacementSummary {
        risks = List.copyOf(risks);
    }

    /** The constructor a JPQL constructor expression calls: the risk's facts come flat, as columns. */
    public PlacementSummary(long id, String needTitle, long associateId, String associateName, long organisationId, String host,
            Region region, LocalDate startDate, LocalDate endDate, PlacementState state, BigDecimal daysPerWeek, LocalDate checkInDueOn,
            boolean deliverableAtRisk, LocalDate closeOutPlannedOn, LocalDate behindFrom, BigDecimal daysWorked) {
        this(id, needTitle, associateId, associateName, organisationId, host, region, startDate, endDate, state,
                new PlacementRisk(state, startDate, endDate, daysPerWeek, checkInDueOn, deliverableAtRisk, closeOutPlannedOn, behindFrom,
                        daysWorked == null ? BigDecimal.ZERO : daysWorked), List.of());
    }

    /** The same row with what it is at risk of on {@code today}. */
    public PlacementSummary assessedOn(LocalDate today) {
        return new PlacementSummary(id, needTitle, associateId, associateName, organisationId, host, region, startDate, endDate, state, risk,
                risk.on(today));
    }
}
