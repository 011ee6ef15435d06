package uk.interimexchange.domain.model.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import uk.interimexchange.domain.model.shared.Check;

/** At close-out: how far one objective of the scope was achieved, and the evidence. */
@Embeddable
public class ObjectiveResult {

    @Column(name = "objective", nullable = false, length = 1000)
    private String objective;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ObjectiveOutcome outcome;

    @Column(length = 2000)
    private String evidence;

    protected ObjectiveResult() {
    }

    public ObjectiveResult(String objective, ObjectiveOutcome outcome, String evidence) {
        this.objective = Check.text(objective, 1000, "The objective");
        this.outcome = Check.required(outcome, "The outcome of \"" + objective + "\"");
        this.evidence = Check.optionalText(evidence, 2000, "The evidence");
    }

    public String getObjective() {
        return objective;
    }

    public ObjectiveOutcome getOutcome() {
        return outcome;
    }

    public String getEvidence() {
        return evidence;
    }
}
