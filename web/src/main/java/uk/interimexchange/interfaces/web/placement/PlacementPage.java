package uk.interimexchange.interfaces.web.placement;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;
import uk.interimexchange.application.AccessDeniedException;
import uk.interimexchange.application.AccountService;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.application.PlacementService;
import uk.interimexchange.application.Roles;
import uk.interimexchange.domain.model.audit.AuditEvent;
import uk.interimexchange.domain.model.organisation.Organisation;
import uk.interimexchange.domain.model.placement.CheckInReport;
import uk.interimexchange.domain.model.placement.CloseOut;
import uk.interimexchange.domain.model.placement.DeliverableProgress;
import uk.interimexchange.domain.model.placement.DeliverableStatus;
import uk.interimexchange.domain.model.placement.ObjectiveOutcome;
import uk.interimexchange.domain.model.placement.ObjectiveResult;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.placement.PlacementParty;
import uk.interimexchange.domain.model.placement.PlacementSignOff;
import uk.interimexchange.domain.model.placement.PlacementState;
import uk.interimexchange.domain.model.scoping.Stakeholder;
import uk.interimexchange.interfaces.web.PageSteps;
import uk.interimexchange.interfaces.web.WebPages;

/**
 * One placement at its own address (/placements/7): its terms, the four sign-offs with who and when, exactly what
 * still stands before it can start, and its history. Each party signs for themselves here; the line manager signs
 * through their emailed link.
 */
@Named
@RequestScoped
public class PlacementPage {

    @Inject
    PlacementService placements;

    @Inject
    FacesContext faces;

    @Inject
    PageSteps steps;

    @Inject
    AccountService accounts;

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

    /** An objective's outcome at close-out, with its evidence. */
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

    /** One line of the sign-off table (a class, not a record: Jakarta EL 5 reads only getters). */
    public static final class SignOffLine {
        private final PlacementParty party;
        private final PlacementSignOff signOff;

        SignOffLine(PlacementParty party, PlacementSignOff signOff) {
            this.party = party;
            this.signOff = signOff;
        }

        public PlacementParty getParty() {
            return party;
        }

        public PlacementSignOff getSignOff() {
            return signOff;
        }
    }

    private long id;
    private Placement placement;
    private List<AuditEvent> history = List.of();
    private List<SignOffLine> signOffs = List.of();
    private List<String> stillNeeded = List.of();
    private PlacementParty mySide;
    private boolean startable;
    private String comment;
    private boolean preparing;
    private boolean checkingIn;
    private boolean steering;
    private boolean closingOut;
    private boolean givingFeedback;
    private boolean cancellable;
    private boolean writingLessons;
    private boolean summaryReady;
    private List<String> toBrief = List.of();
    private String stakeholder;
    private LocalDate briefedOn;
    private String meetingWith;
    private LocalDateTime meetingAt;
    private LocalDate checkInDate;
    private BigDecimal daysWorked;
    private String issues;
    private String notes;
    private final List<ProgressRow> progress = new ArrayList<>();
    private final List<ProgressRow> finalDeliverables = new ArrayList<>();
    private final List<OutcomeRow> outcomes = new ArrayList<>();
    private LocalDate newEndDate;
    private String reason;
    private String whatWorked;
    private String whatDidNot;
    private String recommendations;
    private Integer rating;
    private String feedback;

    @PostConstruct
    void load() {
        ExternalContext external = faces.getExternalContext();
        id = WebPages.number(external.getRequestParameterMap().get("id"));
        try {
            placement = placements.find(id);
            history = placements.history(id);
        } catch (NotFoundException | AccessDeniedException unknown) {
            placement = null;
            return;
        }
        signOffs = Arrays.stream(PlacementParty.values()).map(p -> new SignOffLine(p, placement.signOffBy(p).orElse(null))).toList();
        boolean beforeStart = placement.getState() == PlacementState.PROPOSED || placement.getState() == PlacementState.AGREED;
        stillNeeded = beforeStart ? placement.missingForActivation() : List.of();
        mySide = placement.getState() == PlacementState.PROPOSED ? sideOf((HttpServletRequest) external.getRequest()) : null;
        if (mySide != null && placement.signOffBy(mySide).isPresent()) {
            mySide = null; // already signed
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        boolean coordinator = request.isUserInRole(Roles.COORDINATOR);
        Organisation mine = request.isUserInRole(Roles.HOST) ? accounts.mine().getOrganisation() : null;
        boolean hostHere = mine != null && mine.getId().equals(placement.getOrganisation().getId());
        boolean associateHere = request.isUserInRole(Roles.ASSOCIATE) && placement.getAssociate().getEmail().equals(request.getRemoteUser());
        boolean active = placement.getState() == PlacementState.ACTIVE;
        boolean ended = placement.getState() == PlacementState.COMPLETED || placement.getState() == PlacementState.ENDED_EARLY;
        startable = beforeStart && coordinator;
        preparing = beforeStart && (coordinator || hostHere);
        cancellable = beforeStart && coordinator;
        checkingIn = active && (associateHere || hostHere);
        steering = active && (coordinator || hostHere);
        closingOut = active && (coordinator || hostHere || associateHere);
        writingLessons = (active || ended) && (coordinator || hostHere || associateHere);
        summaryReady = ended && (coordinator || hostHere || associateHere);
        givingFeedback = ended && ((associateHere && placement.getAssociateRating() == null) || (hostHere && placement.getHostRating() == null));
        toBrief = placement.getScopingVersion().stakeholdersToBrief().stream().map(Stakeholder::getName)
                .filter(name -> placement.briefingOf(name).isEmpty()).toList();
        placement.getScopingVersion().getDeliverables().forEach(d -> {
            progress.add(new ProgressRow(d.getName()));
            finalDeliverables.add(new ProgressRow(d.getName()));
        });
        placement.getScopingVersion().getObjectives().forEach(o -> outcomes.add(new OutcomeRow(o.getDescription())));
    }

    public void recordBriefing() {
        act(placementId -> placements.recordBriefing(placementId, stakeholder, briefedOn), stakeholder + " is recorded as briefed.");
    }

    public void bookMeeting() {
        act(placementId -> placements.bookFirstDayMeeting(placementId, meetingWith, meetingAt), "The first-day meeting is booked.");
    }

    public void checkIn() {
        act(placementId -> placements.checkIn(placementId, new CheckInReport(checkInDate, daysWorked,
                progress.stream().map(r -> new DeliverableProgress(r.deliverable, r.status)).toList(), issues, notes)),
                "Your check-in is recorded.");
    }

    public void extend() {
        act(placementId -> placements.agreeExtension(placementId, newEndDate),
                "You agreed the new end date. It takes effect once the host sponsor and a coordinator have both agreed it.");
    }

    public void cancel() {
        act(placementId -> placements.cancel(placementId, reason), "The placement is cancelled, with your reason.");
    }

    public void endEarly() {
        act(placementId -> placements.endEarly(placementId, reason), "The placement has ended early, with your reason.");
    }

    public void closeOut() {
        act(placementId -> placements.complete(placementId, new CloseOut(
                        outcomes.stream().map(r -> new ObjectiveResult(r.objective, r.outcome, r.evidence)).toList(),
                        finalDeliverables.stream().map(r -> new DeliverableProgress(r.deliverable, r.status)).toList(),
                        whatWorked, whatDidNot, recommendations)),
                "The placement is closed out. Thank you: what it taught goes to the lessons library.");
    }

    public void giveFeedback() {
        act(placementId -> placements.giveFeedback(placementId, rating == null ? 0 : rating, feedback), "Thank you for your feedback.");
    }

    /** Which party the person looking signs as, if any: the service checks it again when they sign. */
    private PlacementParty sideOf(HttpServletRequest request) {
        String me = request.getRemoteUser();
        if (request.isUserInRole(Roles.ASSOCIATE) && placement.getAssociate().getEmail().equals(me)) {
            return PlacementParty.ASSOCIATE;
        }
        if (request.isUserInRole(Roles.HOST) && placement.getNeed().getSponsor().getEmail().equals(me)) {
            return PlacementParty.HOST_SPONSOR;
        }
        return request.isUserInRole(Roles.COORDINATOR) ? PlacementParty.COORDINATOR : null;
    }

    /** The page's view action. */
    public void requirePlacement() {
        if (placement == null) {
            WebPages.notFound(faces);
        }
    }

    public void signOff() {
        PlacementParty side = mySide;
        act(placementId -> placements.signOff(placementId, side, comment), "You signed the placement as the "
                + (side == null ? "" : side.getLabel().toLowerCase()) + ".");
    }

    public void start() {
        act(placements::activate, "The placement has started.");
    }

    private void act(LongConsumer step, String done) {
        steps.take("placement", null, () -> {
            step.accept(id);
            return "/placements/" + id;
        }, done);
    }

    public Placement getPlacement() {
        return placement;
    }

    public List<AuditEvent> getHistory() {
        return history;
    }

    public List<SignOffLine> getSignOffs() {
        return signOffs;
    }

    public List<String> getStillNeeded() {
        return stillNeeded;
    }

    public PlacementParty getMySide() {
        return mySide;
    }

    public boolean isStartable() {
        return startable;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public boolean isPreparing() {
        return preparing;
    }

    /** Interim notes while it runs, close-out lessons after: for its parties and coordinators. */
    public boolean isWritingLessons() {
        return writingLessons;
    }

    /** The assignment summary for an appraisal, once the placement is closed. */
    public boolean isSummaryReady() {
        return summaryReady;
    }

    public boolean isCancellable() {
        return cancellable;
    }

    public boolean isCheckingIn() {
        return checkingIn;
    }

    public boolean isSteering() {
        return steering;
    }

    public boolean isClosingOut() {
        return closingOut;
    }

    public boolean isGivingFeedback() {
        return givingFeedback;
    }

    public List<String> getToBrief() {
        return toBrief;
    }

    public List<DeliverableStatus> getDeliverableStatuses() {
        return List.of(DeliverableStatus.values());
    }

    public List<ObjectiveOutcome> getObjectiveOutcomes() {
        return List.of(ObjectiveOutcome.values());
    }

    public List<ProgressRow> getProgress() {
        return progress;
    }

    public List<ProgressRow> getFinalDeliverables() {
        return finalDeliverables;
    }

    public List<OutcomeRow> getOutcomes() {
        return outcomes;
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

    public LocalDate getCheckInDate() {
        return checkInDate;
    }

    public void setCheckInDate(LocalDate checkInDate) {
        this.checkInDate = checkInDate;
    }

    public BigDecimal getDaysWorked() {
        return daysWorked;
    }

    public void setDaysWorked(BigDecimal daysWorked) {
        this.daysWorked = daysWorked;
    }

    public String getIssues() {
        return issues;
    }

    public void setIssues(String issues) {
        this.issues = issues;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public LocalDate getNewEndDate() {
        return newEndDate;
    }

    public void setNewEndDate(LocalDate newEndDate) {
        this.newEndDate = newEndDate;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getWhatWorked() {
        return whatWorked;
    }

    public void setWhatWorked(String whatWorked) {
        this.whatWorked = whatWorked;
    }

    public String getWhatDidNot() {
        return whatDidNot;
    }

    public void setWhatDidNot(String whatDidNot) {
        this.whatDidNot = whatDidNot;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String recommendations) {
        this.recommendations = recommendations;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }

    public List<Integer> getRatings() {
        return List.of(1, 2, 3, 4, 5);
    }
}
