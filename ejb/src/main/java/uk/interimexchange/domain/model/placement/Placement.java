package uk.interimexchange.domain.model.placement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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

    /** A check-in is due this many days after the last one, or after the start. */
    public static final int CHECK_IN_EVERY_DAYS = 14;

    /** "Ending soon" is this many days before the end. */
    public static final int ENDING_WITHIN_DAYS = 14;

    /** How long a placement runs before its days worked are weighed against the days due. */
    static final int GRACE_DAYS = 14;

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

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

    /** When the names and comments were taken out, the retention period after closing having passed. */
    @Column(name = "personal_detail_removed_at")
    private Instant personalDetailRemovedAt;

    /** The version of the scope the associate has acknowledged: by signing, or after a change agreed later. */
    @Column(name = "scope_acknowledged_number")
    private Integer scopeAcknowledgedNumber;

    @OneToMany(mappedBy = "placement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id ASC")
    private List<BriefingInvitation> briefingInvitations = new ArrayList<>();

    @Embedded
    private MidPointReview midPointReview;

    /** When the close-out meeting is planned: a placement ending soon without one is at risk. */
    @Column(name = "close_out_planned_on")
    private LocalDate closeOutPlannedOn;

    /** Both sides agreed the extension and the line manager is asked to release the associate for it. */
    @Column(name = "extension_awaiting_release", nullable = false)
    private boolean extensionAwaitingRelease;

    // Kept by the placement itself as its check-ins change, so lists can find those at risk in the database.

    /** The day the next check-in falls due. */
    @Column(name = "check_in_due_on")
    private LocalDate checkInDueOn;

    /** The first day on which the days worked so far are less than half the days due by then. */
    @Column(name = "behind_from")
    private LocalDate behindFrom;

    /** The latest check-in reports a deliverable at risk. */
    @Column(name = "deliverable_at_risk", nullable = false)
    private boolean deliverableAtRisk;

    /** A start before the agreed date that one side has asked for, and who agreed it for each side so far. */
    @Column(name = "early_start_on")
    private LocalDate earlyStartOn;

    @Column(name = "early_start_host_by", length = 120)
    private String earlyStartHostBy;

    @Column(name = "early_start_associate_by", length = 120)
    private String earlyStartAssociateBy;

    /** The days worked over the whole placement, as stated at close-out; until then they add up from the check-ins. */
    @Column(name = "days_worked_at_close", precision = 5, scale = 1)
    private BigDecimal daysWorkedAtClose;

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
        if (party == PlacementParty.ASSOCIATE) {
            scopeAcknowledgedNumber = scopingVersion.getNumber(); // signing acknowledges the agreed scope
        }
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

    /** A briefing recorded by hand: who briefed the stakeholder, and when (not a day still to come). */
    public void recordBriefing(String stakeholderName, LocalDate briefedOn, String briefedBy, LocalDate today) {
        Stakeholder stakeholder = stakeholderToBrief(stakeholderName);
        Check.required(briefedOn, "The date of the briefing");
        Check.that(!briefedOn.isAfter(today), "A briefing is recorded once it has happened: " + UK_DATE.format(briefedOn)
                + " is still to come.");
        briefings.add(new Briefing(stakeholder.getName(), briefedOn, Check.text(briefedBy, 120, "Who gave the briefing"), false));
    }

    /**
     * The host emails a must-brief stakeholder their briefing, to confirm through its link. Sending again to the
     * same stakeholder refreshes the one invitation (with the email address the scope now gives).
     */
    public BriefingInvitation inviteToBriefing(String stakeholderName, String sentBy, Instant now) {
        Stakeholder stakeholder = stakeholderToBrief(stakeholderName);
        Check.that(stakeholder.getEmail() != null, stakeholder.getName() + " has no email address in the agreed scope: add one with a"
                + " change to the scope, or record their briefing by hand.");
        BriefingInvitation invitation = invitationFor(stakeholder.getName()).orElseGet(() -> {
            BriefingInvitation added = new BriefingInvitation(this, stakeholder.getName());
            briefingInvitations.add(added);
            return added;
        });
        invitation.send(stakeholder.getEmail(), Check.text(sentBy, 120, "Who sends the briefing"), now);
        return invitation;
    }

    /** The stakeholder confirms, through the emailed link, that they have read their briefing. */
    public void confirmBriefing(long invitationId, LocalDate today, Instant now) {
        BriefingInvitation invitation = briefingInvitations.stream().filter(i -> i.getId() != null && i.getId() == invitationId)
                .findFirst().orElseThrow(() -> new BusinessRuleException("This briefing is not part of the placement."));
        Check.that(state == PlacementState.PROPOSED || state == PlacementState.AGREED,
                "The placement has " + (state == PlacementState.ACTIVE ? "already started" : "not gone ahead") + ", so there is nothing to confirm.");
        Check.that(briefingOf(invitation.getStakeholderName()).isEmpty(), "Your briefing has already been recorded. Thank you.");
        Stakeholder stakeholder = stakeholderToBrief(invitation.getStakeholderName());
        briefings.add(new Briefing(stakeholder.getName(), today, invitation.getSentBy(), true));
        invitation.confirm(now);
    }

    private Stakeholder stakeholderToBrief(String stakeholderName) {
        Check.that(state == PlacementState.PROPOSED || state == PlacementState.AGREED,
                "Briefings are recorded before the placement starts.");
        Stakeholder stakeholder = scopingVersion.stakeholdersToBrief().stream().filter(s -> s.getName().equals(stakeholderName)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("\"" + stakeholderName + "\" is not a stakeholder to brief in the agreed scope."));
        Check.that(briefingOf(stakeholder.getName()).isEmpty(), stakeholder.getName() + " has already been briefed.");
        return stakeholder;
    }

    public Optional<BriefingInvitation> invitationFor(String stakeholderName) {
        return briefingInvitations.stream().filter(i -> i.getStakeholderName().equals(stakeholderName)).findFirst();
    }

    public void bookFirstDayMeeting(String withWhom, LocalDateTime at) {
        Check.that(state == PlacementState.PROPOSED || state == PlacementState.AGREED,
                "First-day meetings are booked before the placement starts.");
        Check.required(at, "The meeting time");
        Check.that(at.toLocalDate().equals(startDate), "First-day meetings are on the start date, " + UK_DATE.format(startDate) + ".");
        firstDayMeetings.add(new FirstDayMeeting(Check.text(withWhom, 200, "Who the meeting is with"), at));
    }

    /** Exactly what still stands between this placement and ACTIVE, in words a coordinator can act on. */
    public List<String> missingForActivation(LocalDate today) {
        List<String> missing = new ArrayList<>();
        if (today.isBefore(startDate)) {
            missing.add("The start date, " + UK_DATE.format(startDate)
                    + ", or an earlier start agreed by both the host and the associate");
        }
        missingSignOffs().forEach(p -> missing.add("Sign-off by the " + p.getLabel().toLowerCase()));
        for (Stakeholder s : scopingVersion.stakeholdersToBrief()) {
            if (briefingOf(s.getName()).isEmpty()) {
                missing.add("Briefing of " + s.getName() + " (" + s.getRole() + ")");
            }
        }
        if (firstDayMeetings.isEmpty()) {
            missing.add("First-day meetings booked");
        } else if (firstDayMeetings.stream().noneMatch(m -> m.getAt().toLocalDate().equals(startDate))) {
            // an early start moved the first day: the meetings booked for the old one are not on it
            missing.add("First-day meetings booked for the new start date, " + UK_DATE.format(startDate));
        }
        if (isScopeAwaitingAcknowledgement()) {
            missing.add("The associate's acknowledgement of version " + scopingVersion.getNumber() + " of the scope");
        }
        return missing;
    }

    /**
     * Nobody arrives unannounced or early: ACTIVE only on or after the start date (or an early start both sides
     * agreed), when agreed, every must-brief stakeholder briefed and day one booked.
     */
    public void activate(LocalDate today) {
        Check.that(state == PlacementState.AGREED || state == PlacementState.PROPOSED,
                "Only an agreed placement can start; this one is " + state.getLabel().toLowerCase() + ".");
        List<String> missing = missingForActivation(today);
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("The placement cannot start yet. Still needed: " + String.join("; ", missing) + ".");
        }
        state = PlacementState.ACTIVE;
        midPointReviewOn = startDate.plusDays(ChronoUnit.DAYS.between(startDate, endDate) / 2);
        refreshProgress();
    }

    /**
     * One side agrees to start early, on {@code on}: the host (sponsor or contact) or the associate. When the other
     * side has agreed the same day the start date moves to it (the history keeps who agreed); a different day starts
     * the agreement again. Returns whether the start moved.
     */
    public boolean agreeEarlyStart(LocalDate on, Side side, String byName, LocalDate today) {
        Check.that(state == PlacementState.AGREED || state == PlacementState.PROPOSED,
                "An early start can only be agreed before the placement starts.");
        Check.required(on, "The early start date");
        Check.required(side, "Whose agreement this is");
        String name = Check.text(byName, 120, "Your name");
        Check.that(on.isBefore(startDate), "An early start must be before the agreed start date, " + UK_DATE.format(startDate) + ".");
        Check.that(!on.isBefore(today), "An early start must be today or later, not " + UK_DATE.format(on) + ".");
        if (!on.equals(earlyStartOn)) {
            earlyStartOn = on;
            earlyStartHostBy = null;
            earlyStartAssociateBy = null;
        }
        if (side == Side.HOST) {
            earlyStartHostBy = name;
        } else {
            earlyStartAssociateBy = name;
        }
        if (earlyStartHostBy == null || earlyStartAssociateBy == null) {
            return false;
        }
        startDate = earlyStartOn;
        earlyStartOn = null;
        earlyStartHostBy = null;
        earlyStartAssociateBy = null;
        return true;
    }

    /** The early start one side has asked for and the other has not yet agreed, if any. */
    public Optional<LocalDate> getEarlyStartOn() {
        return Optional.ofNullable(earlyStartOn);
    }

    /** Who agreed the early start asked for, for {@code side}; null while that side has not. */
    public String earlyStartAgreedBy(Side side) {
        return side == Side.HOST ? earlyStartHostBy : earlyStartAssociateBy;
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
        refreshProgress();
        return checkIn;
    }

    /** When the next check-in is due, whether the latest reports a deliverable at risk, and from when it falls behind. */
    private void refreshProgress() {
        LocalDate last = checkIns.stream().map(CheckIn::getDate).max(LocalDate::compareTo).orElse(startDate);
        checkInDueOn = last.plusDays(CHECK_IN_EVERY_DAYS);
        deliverableAtRisk = checkIns.stream().max(Comparator.comparing(CheckIn::getDate).thenComparing(CheckIn::getRecordedAt))
                .map(CheckIn::reportsRisk).orElse(false);
        behindFrom = behindFrom(startDate, daysPerWeek, daysWorked());
    }

    /**
     * The first day on which {@code worked} days are less than half the days due by then (days a week times weeks
     * since the start), and never within the first two weeks: worked &lt; dpw × elapsed / 14 once elapsed &gt; 14 × worked / dpw.
     */
    static LocalDate behindFrom(LocalDate start, BigDecimal daysPerWeek, BigDecimal worked) {
        long elapsed = worked.multiply(BigDecimal.valueOf(14)).divide(daysPerWeek, 0, RoundingMode.FLOOR).longValue() + 1;
        return start.plusDays(Math.max(GRACE_DAYS, elapsed));
    }

    /** What a coordinator would call at risk about this placement today, in words (empty when nothing is). */
    public List<String> risks(LocalDate today) {
        return risk().on(today);
    }

    public PlacementRisk risk() {
        return new PlacementRisk(state, startDate, endDate, daysPerWeek, checkInDueOn, deliverableAtRisk, closeOutPlannedOn, behindFrom,
                daysWorked());
    }

    /** The host or a coordinator plans the close-out meeting, on a day still to come. */
    public void planCloseOut(LocalDate on, LocalDate today) {
        expect(PlacementState.ACTIVE, "given a close-out date");
        Check.required(on, "The date of the close-out");
        Check.that(!on.isBefore(today), "The close-out must be planned for today or later, not " + UK_DATE.format(on) + ".");
        closeOutPlannedOn = on;
    }

    /**
     * The mid-point review, recorded by the associate or the host: what is on track, what changes. It counts once
     * the other side has agreed it; writing it again asks the other side to agree again.
     */
    public void recordMidPointReview(Side side, String name, String onTrack, String changes, Instant now) {
        expect(PlacementState.ACTIVE, "reviewed");
        Check.required(side, "Who is recording the review");
        midPointReview = new MidPointReview(side, name, onTrack, changes, now);
    }

    public void agreeMidPointReview(Side side, String name) {
        expect(PlacementState.ACTIVE, "reviewed");
        Check.that(midPointReview != null, "Nobody has recorded the mid-point review yet: record it first.");
        midPointReview.agree(Check.required(side, "Who is agreeing"), Check.text(name, 120, "Your name"));
    }

    public boolean isMidPointReviewAgreed() {
        return midPointReview != null && midPointReview.isAgreed();
    }

    /**
     * A new version of the scope agreed while the placement is live: the placement moves to it, and the associate
     * is asked to acknowledge it; check-ins and the close-out use its objectives and deliverables from now on.
     */
    public void moveToScope(ScopingVersion agreed) {
        Check.that(isLive(), "Only a placement that is proposed, agreed or active moves to a new version of its scope.");
        Check.required(agreed, "The agreed scoping version");
        Check.that(agreed.isAgreed(), "A placement moves only to an agreed version of its scope.");
        Check.that(agreed.getDocument().getNeed().getId().equals(need.getId()), "That scoping version belongs to another need.");
        Check.that(agreed.getNumber() > scopingVersion.getNumber(),
                "The placement is already on version " + scopingVersion.getNumber() + " of its scope.");
        scopingVersion = agreed;
    }

    /** The associate has signed, and a later version of the scope has been agreed since. */
    public boolean isScopeAwaitingAcknowledgement() {
        return isLive() && signOffBy(PlacementParty.ASSOCIATE).isPresent()
                && (scopeAcknowledgedNumber == null || scopeAcknowledgedNumber < scopingVersion.getNumber());
    }

    public void acknowledgeScope() {
        Check.that(isScopeAwaitingAcknowledgement(), "There is no new version of the scope for you to acknowledge.");
        scopeAcknowledgedNumber = scopingVersion.getNumber();
    }

    public BigDecimal daysWorked() {
        if (daysWorkedAtClose != null) {
            return daysWorkedAtClose;
        }
        return checkIns.stream().map(CheckIn::getDaysWorked).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Days agreed over the whole placement: whole weeks between the dates times days a week. */
    public BigDecimal daysAgreed() {
        long weeks = Math.max(1, Math.round(ChronoUnit.DAYS.between(startDate, endDate) / 7.0));
        return daysPerWeek.multiply(BigDecimal.valueOf(weeks));
    }

    /**
     * An extension needs the host sponsor and a coordinator to agree to the same new end date; it changes the
     * secondment's terms, so the line manager is then asked to release the associate for it, and it takes effect
     * when they approve.
     */
    public void agreeExtension(PlacementParty party, LocalDate newEndDate) {
        expect(PlacementState.ACTIVE, "extended");
        Check.that(party == PlacementParty.HOST_SPONSOR || party == PlacementParty.COORDINATOR,
                "Only the host sponsor and a coordinator agree an extension.");
        if (extensionAwaitingRelease) {
            throw new BusinessRuleException("The line manager is being asked to release the associate until "
                    + UK_DATE.format(proposedEndDate) + ". Wait for their answer before proposing another date.");
        }
        Check.required(newEndDate, "The new end date");
        Check.that(newEndDate.isAfter(endDate), "An extension must move the end date later than " + UK_DATE.format(endDate) + ".");
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
        extensionAwaitingRelease = extensionHostAgreed && extensionCoordinatorAgreed;
    }

    /** The line manager releases the associate until the new end date: the extension takes effect. */
    public void approveExtension() {
        Check.that(extensionAwaitingRelease, "No extension is waiting for the line manager's answer.");
        expect(PlacementState.ACTIVE, "extended");
        endDate = proposedEndDate;
        clearExtension();
    }

    /** The line manager cannot release the associate for longer: the end date stays. Returns the date declined. */
    public LocalDate declineExtension() {
        Check.that(extensionAwaitingRelease, "No extension is waiting for the line manager's answer.");
        LocalDate declined = proposedEndDate;
        clearExtension();
        return declined;
    }

    private void clearExtension() {
        proposedEndDate = null;
        extensionHostAgreed = false;
        extensionCoordinatorAgreed = false;
        extensionAwaitingRelease = false;
    }

    /** Ended before its time, with the reason and how far each objective got: a failure is a lesson too. */
    public void endEarly(String reason, List<ObjectiveResult> outcomes, Instant now) {
        expect(PlacementState.ACTIVE, "ended early");
        String why = Check.text(reason, 2000, "The reason for ending early");
        requireOutcomeForEachObjective(outcomes);
        objectiveResults.addAll(outcomes);
        stateReason = why;
        state = PlacementState.ENDED_EARLY;
        closedAt = now;
        clearExtension();
    }

    private void requireOutcomeForEachObjective(List<ObjectiveResult> outcomes) {
        Set<String> objectives = scopingVersion.getObjectives().stream().map(Objective::getDescription).collect(Collectors.toSet());
        Set<String> reported = Check.required(outcomes, "The outcome of each objective").stream().map(ObjectiveResult::getObjective)
                .collect(Collectors.toSet());
        Check.that(reported.equals(objectives) && reported.size() == outcomes.size(),
                "Give an outcome for each objective of the agreed scope, and only those.");
    }

    public void cancel(String reason) {
        Check.that(state == PlacementState.PROPOSED || state == PlacementState.AGREED,
                "Only a placement that has not started can be cancelled.");
        stateReason = Check.text(reason, 2000, "The reason for cancelling");
        state = PlacementState.CANCELLED;
    }

    /**
     * Close-out, once the placement has started: the days worked over the whole placement (no more than the days
     * since the start), an outcome for every objective of the agreed scope, and what worked and what did not.
     */
    public void complete(CloseOut closeOut, LocalDate today, Instant now) {
        expect(PlacementState.ACTIVE, "closed out");
        Check.that(!today.isBefore(startDate), "The placement can be closed out once it has started, on " + UK_DATE.format(startDate) + ".");
        Check.required(closeOut, "The close-out");
        Check.required(closeOut.daysWorked(), "The days worked over the whole placement");
        long since = ChronoUnit.DAYS.between(startDate, today) + 1;
        Check.that(closeOut.daysWorked().signum() >= 0 && closeOut.daysWorked().compareTo(BigDecimal.valueOf(since)) <= 0,
                "The days worked must be between 0 and " + since + ", the days from the start on " + UK_DATE.format(startDate)
                        + " to today.");
        requireOutcomeForEachObjective(closeOut.objectives());
        String worked = Check.text(closeOut.whatWorked(), 4000, "What worked");
        String didNot = Check.text(closeOut.whatDidNot(), 4000, "What did not work");
        daysWorkedAtClose = closeOut.daysWorked();
        objectiveResults.addAll(closeOut.objectives());
        finalDeliverables.addAll(closeOut.deliverables());
        whatWorked = worked;
        whatDidNot = didNot;
        recommendations = Check.optionalText(closeOut.recommendations(), 4000, "Recommendations");
        state = PlacementState.COMPLETED;
        closedAt = now;
        clearExtension();
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

    /**
     * How it went, in a few words, for an assignment history: "Completed: 2 of 3 objectives achieved, 1 partly";
     * "Ended early: the reason"; otherwise the state.
     */
    public String outcome() {
        if (state == PlacementState.COMPLETED || state == PlacementState.ENDED_EARLY) {
            long achieved = objectiveResults.stream().filter(r -> r.getOutcome() == ObjectiveOutcome.ACHIEVED).count();
            long partly = objectiveResults.stream().filter(r -> r.getOutcome() == ObjectiveOutcome.PARTLY_ACHIEVED).count();
            String objectives = objectiveResults.isEmpty() ? "" : achieved + " of " + objectiveResults.size() + " objectives achieved"
                    + (partly == 0 ? "" : ", " + partly + " partly");
            return state == PlacementState.COMPLETED ? "Completed" + (objectives.isEmpty() ? "" : ": " + objectives)
                    : "Ended early: " + stateReason + (objectives.isEmpty() ? "" : " (" + objectives + ")");
        }
        return state == PlacementState.CANCELLED && stateReason != null ? "Cancelled: " + stateReason : state.getLabel();
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

    public Instant getPersonalDetailRemovedAt() {
        return personalDetailRemovedAt;
    }

    public Integer getScopeAcknowledgedNumber() {
        return scopeAcknowledgedNumber;
    }

    public List<BriefingInvitation> getBriefingInvitations() {
        return Collections.unmodifiableList(briefingInvitations);
    }

    /** The mid-point review as recorded, or null until someone records it. */
    public MidPointReview getMidPointReview() {
        return midPointReview;
    }

    public LocalDate getCloseOutPlannedOn() {
        return closeOutPlannedOn;
    }

    public boolean isExtensionAwaitingRelease() {
        return extensionAwaitingRelease;
    }

    public boolean isExtensionHostAgreed() {
        return extensionHostAgreed;
    }

    public boolean isExtensionCoordinatorAgreed() {
        return extensionCoordinatorAgreed;
    }

    public LocalDate getCheckInDueOn() {
        return checkInDueOn;
    }

    public LocalDate getBehindFrom() {
        return behindFrom;
    }

    public boolean isDeliverableAtRisk() {
        return deliverableAtRisk;
    }

    public long getVersion() {
        return version;
    }
}
