package uk.interimexchange.domain.model.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import uk.interimexchange.domain.model.shared.Check;

/**
 * The mid-point review as recorded: what is on track and what changes for the second half, written by one side
 * and agreed by both, the host and the associate. A change to what was written needs both to agree again.
 */
@Embeddable
public class MidPointReview {

    @Column(name = "mid_point_on_track", length = 4000)
    private String onTrack;

    @Column(name = "mid_point_changes", length = 4000)
    private String changes;

    @Column(name = "mid_point_recorded_by", length = 120)
    private String recordedBy;

    @Column(name = "mid_point_recorded_at")
    private Instant recordedAt;

    @Column(name = "mid_point_host_agreed_by", length = 120)
    private String hostAgreedBy;

    @Column(name = "mid_point_associate_agreed_by", length = 120)
    private String associateAgreedBy;

    protected MidPointReview() {
    }

    MidPointReview(Side side, String name, String onTrack, String changes, Instant now) {
        this.onTrack = Check.text(onTrack, 4000, "What is on track");
        this.changes = Check.text(changes, 4000, "What changes for the second half (write \"Nothing\" if nothing does)");
        this.recordedBy = Check.text(name, 120, "Your name");
        this.recordedAt = Check.required(now, "The time");
        agree(side, name);
    }

    void agree(Side side, String name) {
        Check.that(agreedBy(side) == null, "The " + side.getLabel().toLowerCase() + " has already agreed the mid-point review.");
        if (side == Side.HOST) {
            hostAgreedBy = name;
        } else {
            associateAgreedBy = name;
        }
    }

    /** Who agreed it for a side, or null while that side has not. */
    public String agreedBy(Side side) {
        return side == Side.HOST ? hostAgreedBy : associateAgreedBy;
    }

    public boolean isAgreed() {
        return hostAgreedBy != null && associateAgreedBy != null;
    }

    public String getOnTrack() {
        return onTrack;
    }

    public String getChanges() {
        return changes;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getHostAgreedBy() {
        return hostAgreedBy;
    }

    public String getAssociateAgreedBy() {
        return associateAgreedBy;
    }
}
