package uk.interimexchange.domain.model.placement;

import java.math.BigDecimal;
import java.util.List;

/** What a placement achieved, recorded when it completes, with the days worked over the whole placement. */
public record CloseOut(BigDecimal daysWorked, List<ObjectiveResult> objectives, List<DeliverableProgress> deliverables, String whatWorked,
        String whatDidNot, String recommendations) {

    public CloseOut {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        deliverables = deliverables == null ? List.of() : List.copyOf(deliverables);
    }
}
