package uk.interimexchange.interfaces.web.placement;

import java.util.List;
import uk.interimexchange.domain.model.placement.DeliverableProgress;
import uk.interimexchange.domain.model.placement.DeliverableStatus;
import uk.interimexchange.domain.model.placement.ObjectiveOutcome;
import uk.interimexchange.domain.model.placement.ObjectiveResult;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.scoping.Deliverable;
import uk.interimexchange.domain.model.scoping.Objective;

/** The editable rows the placement's forms share: one per deliverable or objective of the scope in force. */
final class OutcomeRows {

    private OutcomeRows() {
    }

    static List<ProgressRow> deliverables(Placement placement) {
        return placement == null ? List.of()
                : placement.getScopingVersion().getDeliverables().stream().map(Deliverable::getName).map(ProgressRow::new).toList();
    }

    static List<OutcomeRow> objectives(Placement placement) {
        return placement == null ? List.of()
                : placement.getScopingVersion().getObjectives().stream().map(Objective::getDescription).map(OutcomeRow::new).toList();
    }

    static List<DeliverableProgress> progress(List<ProgressRow> rows) {
        return rows.stream().map(r -> new DeliverableProgress(r.getDeliverable(), r.getStatus())).toList();
    }

    static List<ObjectiveResult> results(List<OutcomeRow> rows) {
        return rows.stream().map(r -> new ObjectiveResult(r.getObjective(), r.getOutcome(), r.getEvidence())).toList();
    }

    /** A deliverable's state as reported at a check-in or at close-out. */
    public static final class ProgressRow {
        private final String deliverable;
        private DeliverableStatus status = DeliverableStatus.ON_TRACK;

        ProgressRow(String deliverable) {
            this.deliverable = deliverable;
        }

        public String getDeliverable() {
            return deliverable;
        }

        public DeliverableStatus getStatus() {
            return status;
        }

        public void setStatus(DeliverableStatus status) {
            this.status = status;
        }
    }

    /** An objective's outcome at close-out or an early end, with its evidence. */
    public static final class OutcomeRow {
        private final String objective;
        private ObjectiveOutcome outcome;
        private String evidence;

        OutcomeRow(String objective) {
            this.objective = objective;
        }

        public String getObjective() {
            return objective;
        }

        public ObjectiveOutcome getOutcome() {
            return outcome;
        }

        public void setOutcome(ObjectiveOutcome outcome) {
            this.outcome = outcome;
        }

        public String getEvidence() {
            return evidence;
        }

        public void setEvidence(String evidence) {
            this.evidence = evidence;
        }
    }
}
