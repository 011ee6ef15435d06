package uk.interimexchange.domain.model.placement;

import java.util.List;

/** What a placement achieved, recorded when it completes. */
public record CloseOut(List<ObjectiveResult> objectives, List<DeliverableProgress> deliverables, String whatWorked,
        String whatDidNot, String recommendations) {

    public CloseOut {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        deliverables = deliverables == null ? List.of() : List.copyOf(deliverables);
    }
}
