package uk.interimexchange.domain.model.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A briefing emailed to one must-brief stakeholder, which they confirm through its single-use link. Part of the
 * placement; sending it again to the same stakeholder refreshes it, so each stakeholder has one.
 */
@Entity
@Table(name = "briefing_invitation")
public class BriefingInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "placement_id")
    private Placement placement;

    @Column(name = "stakeholder_name", nullable = false, length = 120)
    private String stakeholderName;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "sent_by", nullable = false, length = 120)
    private String sentBy;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected BriefingInvitation() {
    }

    BriefingInvitation(Placement placement, String stakeholderName) {
        this.placement = placement;
        this.stakeholderName = stakeholderName;
    }

    void send(String toEmail, String by, Instant now) {
        this.email = toEmail;
        this.sentBy = by;
        this.sentAt = now;
    }

    void confirm(Instant now) {
        this.confirmedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Placement getPlacement() {
        return placement;
    }

    public String getStakeholderName() {
        return stakeholderName;
    }

    public String getEmail() {
        return email;
    }

    public String getSentBy() {
        return sentBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
