package uk.interimexchange.domain.model.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/** A meeting booked for the associate's first day, so the day is not lost to finding people. */
@Embeddable
public class FirstDayMeeting {

    @Column(name = "with_whom", nullable = false, length = 200)
    private String withWhom;

    @Column(name = "meeting_at", nullable = false)
    private LocalDateTime at;

    protected FirstDayMeeting() {
    }

    FirstDayMeeting(String withWhom, LocalDateTime at) {
        this.withWhom = withWhom;
        this.at = at;
    }

    public String getWithWhom() {
        return withWhom;
    }

    public LocalDateTime getAt() {
        return at;
    }
}
