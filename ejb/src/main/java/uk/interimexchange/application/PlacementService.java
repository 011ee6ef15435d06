package uk.interimexchange.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import uk.interimexchange.domain.model.audit.AuditEvent;
import uk.interimexchange.domain.model.placement.CheckIn;
import uk.interimexchange.domain.model.placement.CheckInReport;
import uk.interimexchange.domain.model.placement.CloseOut;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.placement.PlacementParty;
import uk.interimexchange.domain.model.placement.PlacementState;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

/** Stewarding a placement from its proposal through sign-offs, briefings and check-ins to close-out. */
public interface PlacementService {

    /**
     * The caller signs as the associate placed, the need's host sponsor or a coordinator; the line manager
     * signs through the emailed link ({@link ReleaseService}).
     */
    Placement signOff(long placementId, PlacementParty party, String comment);

    Placement recordBriefing(long placementId, String stakeholderName, LocalDate briefedOn);

    Placement bookFirstDayMeeting(long placementId, String withWhom, LocalDateTime at);

    /** A coordinator starts the placement once it is agreed, every must-brief stakeholder briefed and day one booked. */
    Placement activate(long placementId);

    /** The associate or the host checks in; the side is taken from who is calling. */
    CheckIn checkIn(long placementId, CheckInReport report);

    /** The host sponsor or a coordinator agrees a new end date; it takes effect when both have. */
    Placement agreeExtension(long placementId, LocalDate newEndDate);

    Placement endEarly(long placementId, String reason);

    Placement cancel(long placementId, String reason);

    /** Close-out: the placement completes and its need closes. */
    Placement complete(long placementId, CloseOut closeOut);

    /** The associate or the host rates the placement once it has ended. */
    Placement giveFeedback(long placementId, int rating, String comment);

    Placement find(long placementId);

    /**
     * A closed placement's summary as a PDF, for the associate to take to an appraisal (its parties and coordinators
     * may download it too); refused until the placement is closed out or ended.
     */
    byte[] summaryPdf(long placementId);

    /** Placements the caller is party to: hosts their organisation's, associates their own, coordinators all. */
    Page<Placement> search(PlacementState state, PageRequest page);

    /** Active placements whose latest check-in reports a deliverable at risk: for coordinators. */
    Page<Placement> atRisk(PageRequest page);

    List<AuditEvent> history(long placementId);
}
