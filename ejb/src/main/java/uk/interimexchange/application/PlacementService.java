package uk.interimexchange.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import uk.interimexchange.domain.model.audit.HistoryEntry;
import uk.interimexchange.domain.model.placement.CheckIn;
import uk.interimexchange.domain.model.placement.CheckInReport;
import uk.interimexchange.domain.model.placement.CloseOut;
import uk.interimexchange.domain.model.placement.ObjectiveResult;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.placement.PlacementParty;
import uk.interimexchange.domain.model.placement.PlacementSearch;
import uk.interimexchange.domain.model.placement.PlacementSummary;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

/** Stewarding a placement from its proposal through sign-offs, briefings and check-ins to close-out. */
public interface PlacementService {

    /**
     * The caller signs as the associate placed, the need's host sponsor or a coordinator; the line manager
     * signs through the emailed link ({@link ReleaseService}).
     */
    Placement signOff(long placementId, PlacementParty party, String comment);

    /** A briefing recorded by hand: who gave it ({@code briefedBy}) and when, on a day that has come. */
    Placement recordBriefing(long placementId, String stakeholderName, LocalDate briefedOn, String briefedBy);

    /**
     * The host (or a coordinator) emails a must-brief stakeholder their briefing, made from the agreed scope, with a
     * single-use link to confirm it; sending again replaces the earlier link.
     */
    Placement sendBriefing(long placementId, String stakeholderName);

    Placement bookFirstDayMeeting(long placementId, String withWhom, LocalDateTime at);

    /**
     * The host or the associate agrees to start before the agreed start date, on {@code on}; when the other side
     * has agreed the same day, that becomes the start date.
     */
    Placement agreeEarlyStart(long placementId, LocalDate on);

    /** A coordinator starts the placement once it is agreed, every must-brief stakeholder briefed and day one booked. */
    Placement activate(long placementId);

    /** The associate acknowledges the version of the scope agreed since they signed. */
    Placement acknowledgeScope(long placementId);

    /** The associate or the host checks in; the side is taken from who is calling. */
    CheckIn checkIn(long placementId, CheckInReport report);

    /** The associate or the host records the mid-point review: what is on track, what changes. The other side agrees it. */
    Placement recordMidPointReview(long placementId, String onTrack, String changes);

    Placement agreeMidPointReview(long placementId);

    /** The host or a coordinator plans the close-out meeting. */
    Placement planCloseOut(long placementId, LocalDate on);

    /**
     * The host sponsor or a coordinator agrees a new end date; when both have agreed the same date, the line manager
     * is asked to release the associate for it, and it takes effect when they approve.
     */
    Placement agreeExtension(long placementId, LocalDate newEndDate);

    /** Ended before its time, with the reason and the outcome of each objective. */
    Placement endEarly(long placementId, String reason, List<ObjectiveResult> outcomes);

    Placement cancel(long placementId, String reason);

    /** Close-out, once started, with the days worked stated: the placement completes and its need closes. */
    Placement complete(long placementId, CloseOut closeOut);

    /** The associate or the host rates the placement once it has ended. */
    Placement giveFeedback(long placementId, int rating, String comment);

    Placement find(long placementId);

    /** The placement's page: the placement with the steps the caller may take, worked out here, and its history. */
    PlacementView view(long placementId);

    /**
     * A closed placement's summary as a PDF, for the associate to take to an appraisal (its parties and coordinators
     * may download it too); refused until the placement is closed out or ended.
     */
    byte[] summaryPdf(long placementId);

    /** The placements list's page: the placements found, and whether the caller may narrow them to one host. */
    PlacementListView listPage(PlacementSearch search, PageRequest page);

    /**
     * Placements the caller may see, narrowed as asked: hosts their organisation's, associates their own,
     * coordinators all. Read as summaries, with what each is at risk of.
     */
    Page<PlacementSummary> list(PlacementSearch search, PageRequest page);

    /** Placements at risk, as a coordinator means it (see {@code PlacementRisk}), for coordinators. */
    Page<PlacementSummary> atRisk(PageRequest page);

    List<HistoryEntry> history(long placementId);
}
