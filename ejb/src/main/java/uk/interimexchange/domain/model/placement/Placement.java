package uk.interimexchange.domain.model.placement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.interimexchange.domain.model.application.Application;
import uk.interimexchange.domain.model.application.ApplicationState;
import uk.interimexchange.domain.model.associate.Associate;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.organisation.Organisation;
import uk.interimexchange.domain.model.scoping.Objective;
import uk.interimexchange.domain.model.scoping.ScopingVersion;
import uk.interimexchange.domain.model.scoping.Stakeholder;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.shared.Check;
import uk.interimexchange.domain.model.shared.Funding;

/**
 * A secondment made from an accepted offer: agreed by four sign-offs, activated once nobody will be
 * surprised by the associate's arrival, followed by check-ins, and closed out with what was learnt.
 */
@Entity
@Table(name = "placement")
public class Placement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "application_id", unique = true)
    private Application application;

    @ManyToOne(optional = false)
    @JoinColumn(name = "associate_id")
    private Associate associate;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "need_id")
    private Need need;

    @ManyToOne(optional = false)
    @JoinColumn(name = "scoping_version_id")
    private ScopingVersion scopingVersion;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "days_per_week", nullable = false, precision = 3, scale = 1)
    private BigDecimal daysPerWeek;

    @ElementCollection
    @CollectionTable(name = "placement_weekday", joinColumns = @JoinColumn(name = "placement_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "weekday", nullable = false, length = 10)
    private Set<DayOfWeek> weekdays = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Funding funding;

    @Column(name = "host_contact", nullable = false, length = 200)
    private String hostContact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlacementState state;

    /** Why the placement was cancelled or ended early. */
    @Column(name = "state_reason", length = 2000)
    private String stateReason;

    @ElementCollection
    @CollectionTable(name = "placement_sign_off", joinColumns = @JoinColumn(name = "placement_id"))
    @OrderColumn(name = "position")
    private List<PlacementSignOff> signOffs = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "placement_briefing", joinColumns = @JoinColumn(name = "placement_id"))
    @OrderColumn(name = "position")
    private List<Briefing> briefings = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "placement_first_day_meeting", joinColumns = @JoinColumn(name = "placement_id"))
    @OrderColumn(name = "position")
    private List<FirstDayMeeting> firstDayMeetings = new ArrayList<>();

    @OneToMany(mappedBy = "placement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("date ASC")
    private List<CheckIn> checkIns = new ArrayList<>();

    @Column(name = "mid_point_review_on")
    private LocalDate midPointReviewOn;

    @Column(name = "proposed_end_date")
    private LocalDate proposedEndDate;

    @Column(name = "extension_host_agreed", nullable = false)
    private boolean extensionHostAgreed;

    @Column(name = "extension_coordinator_agreed", nullable = false)
    private boolean extensionCoordinatorAgreed;

    @ElementCollection
    @CollectionTable(name = "placement_objective_result", joinColumns = @JoinColumn(name = "placement_id"))
    @OrderColumn(name = "position")
    private List<ObjectiveResult> objectiveResults = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "placement_final_deliverable", joinColumns = @JoinColumn(name = "placement_id"))
    @OrderColumn(name = "position")
    private List<DeliverableProgress> finalDeliverables = new ArrayList<>();

    @Column(name = "what_worked", length = 4000)
    private String whatWorked;

    @Column(name = "what_did_not", length = 4000)
    private String whatDidNot;

    @Column(length = 4000)
    private String recommendations;

    @Column(name = "host_rating")
    private Integer hostRating;

    @Column(name = "host_feedback", length = 2000)
    private String hostFeedback;

    @Column(name = "associate_rating")
    private Integer associateRating;

    @Column(name = "associate_feedback", length = 2000)
    private String associateFeedback;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Placement() {
    }

    /** Made from an accepted offer, on the need's agreed scope, which the associate acknowledges by signing. */
    public static Placement propose(Application accepted, ScopingVersion agreedScope, PlacementTerms terms, Instant now) {
        Check.required(accepted, "The accepted application");
        Check.that(accepted.getState() == ApplicationState.ACCEPTED, "A placement can only be made from an accepted offer.");
        Check.required(agreedScope, "The agreed scoping version");
        Check.that(agreedScope.isAgreed(), "A placement must rest on an agreed scoping version.");
        Check.that(agreedScope.getDocument().getNeed().getId().equals(accepted.getNeed().getId()),
                "That scoping version belongs to another need.");
        Check.required(terms, "The placement terms");
        Placement p = new Placement();
        p.application = accepted;
        p.associate = accepted.getAssociate();
        p.need = accepted.getNeed();
        p.organisation = accepted.getNeed().getOrganisation();
        p.scopingVersion = agreedScope;
        p.startDate = Check.required(terms.startDate(), "The start date");
        p.endDate = Check.required(terms.endDate(), "The end date");
        Check.that(p.endDate.isAfter(p.startDate), "The end date must be after the start date.");
        p.daysPerWeek = Check.daysAWeek(terms.daysPerWeek(), "The days a week");
        Check.notEmpty(terms.weekdays(), "Choose the weekday or weekdays the associate will be on site.");
        Check.that(terms.weekdays().size() <= p.daysPerWeek.setScale(0, RoundingMode.CEILING).intValue(),
                "Choose no more weekdays than the days a week agreed.");
        p.weekdays.addAll(terms.weekdays());
        p.funding = Check.required(terms.funding(), "The funding");
        p.hostContact = Check.text(terms.hostContact(), 200, "The host point of contact");
        p.state = PlacementState.PROPOSED;
        p.proposedAt = now;
        return p;
    }

    /** Each of the four parties signs once; the last one makes the placement AGREED. */
    public void signOff(PlacementParty party, String signerName, String comment, Instant now) {
        expect(PlacementState.PROPOSED, "signed off");
        Check.required(party, "Who is signing");
        Check.that(signOffBy(party).isEmpty(), "The " + party.getLabel().toLowerCase() + " has already signed off this placement.");
        signOffs.add(new PlacementSignOff(party, Check.text(signerName, 120, "The signer's name"),
                now, Check.optionalText(comment, 2000, "The comment")));
        if (missingSignOffs().isEmpty()) {
            state = PlacementState.AGREED;
        }
    }

    /** The home employer did not release the associate: the placement stops, with their reason kept. */
    public void declineRelease(String lineManagerName, String reason) {
        expect(PlacementState.PROPOSED, "declined");
        String why = Check.text(reason, 1800, "The reason for declining release");
        stateReason = "Release declined by " + Check.text(lineManagerName, 120, "The line manager's name") + ": " + why;
        state = PlacementState.CANCELLED;
    }

    public void recordBriefing(String stakeholderName, LocalDate briefedOn, String briefedBy) {
        Check.that(state == PlacementState.PROPOSED || state == PlacementState.AGREED,
                "Briefings are recorded before the placement starts.");
        Check.that(scopingVersion.getStakeholders().stream().anyMatch(s -> s.getName().equals(stakeholderName)),
                "\"" + stakeholderName + "\" is not a stakeholder in the agreed scope.");
        Check.that(briefingOf(stakeholderName).isEmpty(), stakeholderName + " has already been briefed.");
        briefings.add(new Briefing(stakeholderName, Check.required(briefedOn, "The date of the briefing"),
                Check.text(briefedBy, 120, "Who gave the briefing")));
    }

    public void bookFirstDayMeeting(String withWhom, LocalDateTime at) {
        Check.that(state == PlacementState.PROPOSED || state == PlacementState.AGREED,
                "First-day meetings are booked before the placement starts.");
        Check.required(at, "The meeting time");
        Check.that(at.toLocalDate().equals(startDate), "First-day meetings are on the start date, " + startDate + ".");
        firstDayMeetings.add(new FirstDayMeeting(Check.text(withWhom, 200, "Who the meeting is with"), at));
    }

    /** Exactly what still stands between this placement and ACTIVE, in words a coordinator can act on. */
    public List<String> missingForActivation() {
        List<String> missing = new ArrayList<>();
        missingSignOffs().forEach(p -> missing.add("Sign-off by the " + p.getLabel().toLowerCase()));
        for (Stakeholder s : scopingVersion.stakeholdersToBrief()) {
            if (briefingOf(s.getName()).isEmpty()) {
                missing.add("Briefing of " + s.getName() + " (" + s.getRole() + ")");
            }
        }
        if (firstDayMeetings.isEmpty()) {
            missing.add("First-day meetings booked");
        }
        return missing;
    }

    /** Nobody arrives unannounced: ACTIVE only when agreed, every must-brief stakeholder briefed and day one booked. */
    public void activate() {
        Check.that(state == PlacementState.AGREED || state == PlacementState.PROPOSED,
                "Only an agreed placement can start; this one is " + state.getLabel().toLowerCase() + ".");
        List<String> missing = missingForActivation();
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("The placement cannot start yet. Still needed: " + String.join("; ", missing) + ".");
        }
        state = PlacementState.ACTIVE;
        midPointReviewOn = startDate.plusDays(ChronoUnit.DAYS.between(startDate, endDate) / 2);
    }

    public CheckIn recordCheckIn(CheckInReport report, Side bySide, String byName, Instant now) {
        expect(PlacementState.ACTIVE, "checked in on");
        Check.required(report, "The check-in");
        Check.required(report.date(), "The check-in date");
        Check.that(!report.date().isBefore(startDate), "A check-in cannot be dated before the placement started.");
        Check.required(report.daysWorked(), "The days worked");
        Check.that(report.daysWorked().signum() >= 0 && report.daysWorked().compareTo(new BigDecimal("100")) < 0,
                "The days worked must be between 0 and 99.5.");
        Set<String> deliverables = scopingVersion.getDeliverables().stream().map(d -> d.getName()).collect(Collectors.toSet());
        for (DeliverableProgress p : report.progress()) {
            Check.that(deliverables.contains(p.getDeliverable()), "\"" + p.getDeliverable() + "\" is not a deliverable in the agreed scope.");
        }
        CheckIn checkIn = new CheckIn(this, report, Check.required(bySide, "Who is checking in"),
                Check.text(byName, 120, "Your name"), Check.optionalText(report.issues(), 4000, "Issues"),
                Check.optionalText(report.notes(), 4000, "Notes"), now);
        checkIns.add(checkIn);
        return checkIn;
    }

    public BigDecimal daysWorked() {
        return checkIns.stream().map(CheckIn::getDaysWorked).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Days agreed over the whole placement: whole weeks between the dates times days a week. */
    public BigDecimal daysAgreed() {
        long weeks = Math.max(1, Math.round(ChronoUnit.DAYS.between(startDate, endDate) / 7.0));
        return daysPerWeek.multiply(BigDecimal.valueOf(weeks));
    }

    /** An extension needs the host sponsor and a coordinator to agree to the same new end date. */
    public void agreeExtension(PlacementParty party, LocalDate newEndDate) {
        expect(PlacementState.ACTIVE, "extended");
        Check.that(party == PlacementParty.HOST_SPONSOR || party == PlacementParty.COORDINATOR,
                "Only the host sponsor and a coordinator agree an extension.");
        Check.required(newEndDate, "The new end date");
        Check.that(newEndDate.isAfter(endDate), "An extension must move the end date later than " + endDate + ".");
        if (!newEndDate.equals(proposedEndDate)) {
            proposedEndDate = newEndDate;
            extensionHostAgreed = false;
            extensionCoordinatorAgreed = false;
        }
        if (party == PlacementParty.COORDINATOR) {
            extensionCoordinatorAgreed = true;
        } else {
            extensionHostAgreed = true;
        }
        if (extensionHostAgreed && extensionCoordinatorAgreed) {
            endDate = proposedEndDate;
            proposedEndDate = null;
            extensionHostAgreed = false;
            extensionCoordinatorAgreed = false;
        }
    }

    public void endEarly(String reason, Instant now) {
        expect(PlacementState.ACTIVE, "ended early");
        stateReason = Check.text(reason, 2000, "The reason for ending early");
        state = PlacementState.ENDED_EARLY;
        closedAt = now;
    }

    public void cancel(String reason) {
        Check.that(state == PlacementState.PROPOSED || state == PlacementState.AGREED,
                "Only a placement that has not started can be cancelled.");
        stateReason = Check.text(reason, 2000, "The reason for cancelling");
        state = PlacementState.CANCELLED;
    }

    /** Close-out: an outcome for every objective of the agreed scope, and what worked and what did not. */
    public void complete(CloseOut closeOut, Instant now) {
        expect(PlacementState.ACTIVE, "closed out");
        Check.required(closeOut, "The close-out");
        Set<String> objectives = scopingVersion.getObjectives().stream().map(Objective::getDescription).collect(Collectors.toSet());
        Set<String> reported = closeOut.objectives().stream().map(ObjectiveResult::getObjective).collect(Collectors.toSet());
        Check.that(reported.equals(objectives), "Give an outcome for each objective of the agreed scope, and only those.");
        String worked = Check.text(closeOut.whatWorked(), 4000, "What worked");
        String didNot = Check.text(closeOut.whatDidNot(), 4000, "What did not work");
        objectiveResults.addAll(closeOut.objectives());
        finalDeliverables.addAll(closeOut.deliverables());
        whatWorked = worked;
        whatDidNot = didNot;
        recommendations = Check.optionalText(closeOut.recommendations(), 4000, "Recommendations");
        state = PlacementState.COMPLETED;
        closedAt = now;
    }

    /** Feedback each way once the placement is over: 1 to 5 and a comment. */
    public void giveFeedback(Side from, int rating, String comment) {
        Check.that(state == PlacementState.COMPLETED || state == PlacementState.ENDED_EARLY,
                "Feedback is given once the placement has ended.");
        Check.that(rating >= 1 && rating <= 5, "The rating must be from 1 to 5.");
        String text = Check.optionalText(comment, 2000, "The comment");
        if (Check.required(from, "Who is giving feedback") == Side.HOST) {
            Check.that(hostRating == null, "The host has already given feedback.");
            hostRating = rating;
            hostFeedback = text;
        } else {
            Check.that(associateRating == null, "The associate has already given feedback.");
            associateRating = rating;
            associateFeedback = text;
        }
    }

    public boolean isLive() {
        return state == PlacementState.PROPOSED || state == PlacementState.AGREED || state == PlacementState.ACTIVE;
    }

    public Set<PlacementParty> missingSignOffs() {
        Set<PlacementParty> missing = EnumSet.allOf(PlacementParty.class);
        signOffs.forEach(s -> missing.remove(s.getParty()));
        return missing;
    }

    public Optional<PlacementSignOff> signOffBy(PlacementParty party) {
        return signOffs.stream().filter(s -> s.getParty() == party).findFirst();
    }

    public Optional<Briefing> briefingOf(String stakeholderName) {
        return briefings.stream().filter(b -> b.getStakeholderName().equals(stakeholderName)).findFirst();
    }

    private void expect(PlacementState required, String action) {
        if (state != required) {
            throw new BusinessRuleException("Only a placement that is " + required.getLabel().toLowerCase() + " can be "
                    + action + "; this one is " + state.getLabel().toLowerCase() + ".");
        }
    }

    public Long getId() {
        return id;
    }

    public Application getApplication() {
        return application;
    }

    public Associate getAssociate() {
        return associate;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Need getNeed() {
        return need;
    }

    public ScopingVersion getScopingVersion() {
        return scopingVersion;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public BigDecimal getDaysPerWeek() {
        return daysPerWeek;
    }

    public Set<DayOfWeek> getWeekdays() {
        return weekdays.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(weekdays));
    }

    public Funding getFunding() {
        return funding;
    }

    public String getHostContact() {
        return hostContact;
    }

    public PlacementState getState() {
        return state;
    }

    public String getStateReason() {
        return stateReason;
    }

    public List<PlacementSignOff> getSignOffs() {
        return Collections.unmodifiableList(signOffs);
    }

    public List<Briefing> getBriefings() {
        return Collections.unmodifiableList(briefings);
    }

    public List<FirstDayMeeting> getFirstDayMeetings() {
        return Collections.unmodifiableList(firstDayMeetings);
    }

    public List<CheckIn> getCheckIns() {
        return Collections.unmodifiableList(checkIns);
    }

    public LocalDate getMidPointReviewOn() {
        return midPointReviewOn;
    }

    public LocalDate getProposedEndDate() {
        return proposedEndDate;
    }

    public List<ObjectiveResult> getObjectiveResults() {
        return Collections.unmodifiableList(objectiveResults);
    }

    public List<DeliverableProgress> getFinalDeliverables() {
        return Collections.unmodifiableList(finalDeliverables);
    }

    public String getWhatWorked() {
        return whatWorked;
    }

    public String getWhatDidNot() {
        return whatDidNot;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public Integer getHostRating() {
        return hostRating;
    }

    public String getHostFeedback() {
        return hostFeedback;
    }

    public Integer getAssociateRating() {
        return associateRating;
    }

    public String getAssociateFeedback() {
        return associateFeedback;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public long getVersion() {
        return version;
    }
}
