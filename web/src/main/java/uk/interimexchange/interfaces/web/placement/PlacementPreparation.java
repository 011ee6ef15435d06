package uk.interimexchange.interfaces.web.placement;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import uk.interimexchange.application.PlacementService;

/** Before a placement starts: the stakeholders briefed (emailed, or recorded by hand) and the first day's meetings booked. */
@Named
@RequestScoped
public class PlacementPreparation {

    @Inject
    PlacementPage page;

    @Inject
    PlacementService placements;

    private String stakeholder;
    private LocalDate briefedOn;
    private String briefedBy;
    private String meetingWith;
    private LocalDateTime meetingAt;
    private LocalDate earlyStartOn;

    @PostConstruct
    void load() {
        if (page.getView() != null) {
            briefedBy = page.getView().callerName();
            if (page.getView().earlyStart() != null) {
                earlyStartOn = page.getView().earlyStart().on(); // the day the other side asked for, to agree as it is
            }
        }
    }

    public void recordBriefing() {
        page.act("briefing:stakeholder", id -> placements.recordBriefing(id, stakeholder, briefedOn, briefedBy),
                stakeholder + " is recorded as briefed.");
    }

    public void sendBriefing(String name) {
        page.act(null, id -> placements.sendBriefing(id, name), "The briefing is emailed to " + name
                + ". It counts once they confirm it through the link in it.");
    }

    public void bookMeeting() {
        page.act("meeting:with", id -> placements.bookFirstDayMeeting(id, meetingWith, meetingAt), "The first-day meeting is booked.");
    }

    public void agreeEarlyStart() {
        page.act("early-start:on", id -> placements.agreeEarlyStart(id, earlyStartOn),
                "Your agreement to start early is recorded. The start date moves once the other side agrees the same day.");
    }

    public LocalDate getEarlyStartOn() {
        return earlyStartOn;
    }

    public void setEarlyStartOn(LocalDate earlyStartOn) {
        this.earlyStartOn = earlyStartOn;
    }

    public String getStakeholder() {
        return stakeholder;
    }

    public void setStakeholder(String stakeholder) {
        this.stakeholder = stakeholder;
    }

    public LocalDate getBriefedOn() {
        return briefedOn;
    }

    public void setBriefedOn(LocalDate briefedOn) {
        this.briefedOn = briefedOn;
    }

    /** Who gave the briefing: the person recording it, unless they say someone else did. */
    public String getBriefedBy() {
        return briefedBy;
    }

    public void setBriefedBy(String briefedBy) {
        this.briefedBy = briefedBy;
    }

    public String getMeetingWith() {
        return meetingWith;
    }

    public void setMeetingWith(String meetingWith) {
        this.meetingWith = meetingWith;
    }

    public LocalDateTime getMeetingAt() {
        return meetingAt;
    }

    public void setMeetingAt(LocalDateTime meetingAt) {
        this.meetingAt = meetingAt;
    }
}
