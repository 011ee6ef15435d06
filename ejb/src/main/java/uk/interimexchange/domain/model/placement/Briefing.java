package uk.interimexchange.domain.model.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A stakeholder told that the associate is coming, and why. */
@Embeddable
public class Briefing {

    @Column(name = "stakeholder_name", nullable = false, length = 120)
    private String stakeholderName;

    @Column(name = "briefed_on", nullable = false)
    private LocalDate briefedOn;

    @Column(name = "briefed_by", nullable = false, length = 120)
    private String briefedBy;

    /** The stakeholder confirmed it themselves, through the emailed briefing's link; otherwise it was recorded by hand. */
    @Column(name = "confirmed_by_stakeholder", nullable = false)
    private boolean confirmedByStakeholder;

    protected Briefing() {
    }

    Briefing(String stakeholderName, LocalDate briefedOn, String briefedBy, boolean confirmedByStakeholder) {
        this.stakeholderName = stakeholderName;
        this.briefedOn = briefedOn;
        this.briefedBy = briefedBy;
        this.confirmedByStakeholder = confirmedByStakeholder;
    }

    public String getStakeholderName() {
        return stakeholderName;
    }

    public LocalDate getBriefedOn() {
        return briefedOn;
    }

    public String getBriefedBy() {
        return briefedBy;
    }

    public boolean isConfirmedByStakeholder() {
        return confirmedByStakeholder;
    }
}
