package uk.interimexchange.domain.model.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import uk.interimexchange.domain.model.shared.Check;

/** Where one deliverable of the scope stands, at a check-in or at close-out. */
@Embeddable
public class DeliverableProgress {

    @Column(name = "deliverable", nullable = false, length = 200)
    private String deliverable;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeliverableStatus status;

    protected DeliverableProgress() {
    }

    public DeliverableProgress(String deliverable, DeliverableStatus status) {
        this.deliverable = Check.text(deliverable, 200, "The deliverable");
        this.status = Check.required(status, "The progress of \"" + deliverable + "\"");
    }

    public String getDeliverable() {
        return deliverable;
    }

    public DeliverableStatus getStatus() {
        return status;
    }
}
