package uk.interimexchange.domain.model.need;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.organisation.Organisation;
import uk.interimexchange.domain.model.scoping.ScopingVersion;
import uk.interimexchange.domain.model.shared.Band;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.shared.Check;
import uk.interimexchange.domain.model.shared.Funding;

/**
 * A host organisation's request for management support, from draft through scoping and recruitment
 * to filled and closed.
 */
@Entity
@Table(name = "need")
public class Need {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sponsor_id")
    private UserAccount sponsor;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String background;

    @Column(nullable = false, length = 4000)
    private String problem;

    @ElementCollection
    @CollectionTable(name = "need_skill", joinColumns = @JoinColumn(name = "need_id"))
    @OrderColumn(name = "position")
    private List<RequiredSkill> requiredSkills = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "minimum_band", length = 10)
    private Band minimumBand;

    @Column(name = "days_per_week", precision = 3, scale = 1)
    private BigDecimal daysPerWeek;

    @Column(name = "expected_weeks")
    private Integer expectedWeeks;

    @Column(name = "earliest_start")
    private LocalDate earliestStart;

    @Column(name = "latest_start")
    private LocalDate latestStart;

    @Column(length = 200)
    private String site;

    @Column(name = "remote_possible", nullable = false)
    private boolean remotePossible;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Funding funding;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Urgency urgency;

    @Column(name = "application_deadline")
    private LocalDate applicationDeadline;

    /** The host's internal notes: never shown to associates. */
    @Column(name = "host_notes", length = 4000)
    private String hostNotes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NeedState state;

    /** Why the need was last returned to draft or cancelled. */
    @Column(name = "state_reason", length = 2000)
    private String stateReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "filled_at")
    private Instant filledAt;

    @Version
    private long version;

    protected Need() {
    }

    /** A new need starts as a draft that its host can keep editing. */
    public Need(Organisation organisation, UserAccount sponsor, NeedDetails details, Instant now) {
        this.organisation = Check.required(organisation, "The host organisation");
        Check.that(organisation.isActive(), "Needs can only be posted for an active organisation.");
        this.state = NeedState.DRAFT;
        this.createdAt = Check.required(now, "The creation time");
        assignSponsor(sponsor);
        apply(details);
    }

    /**
     * A draft may be saved part-written, so a host can come back to it; once submitted, a need is always
     * complete, so changes made while scoping must keep it so.
     */
    public void revise(NeedDetails details) {
        Check.that(state == NeedState.DRAFT || state == NeedState.SCOPING,
                "A need can only be changed while it is a draft or being scoped; it is " + state.getLabel().toLowerCase() + ".");
        if (state != NeedState.DRAFT) {
            requireComplete(Check.required(details, "The need's details"), "saved");
        }
        apply(details);
    }

    public void assignSponsor(UserAccount newSponsor) {
        Check.required(newSponsor, "The sponsor");
        Check.that(newSponsor.hasRole(Role.HOST) && newSponsor.getOrganisation() != null
                        && newSponsor.getOrganisation().getId() != null
                        && newSponsor.getOrganisation().getId().equals(organisation.getId()),
                "The sponsor must be a host contact of " + organisation.getName() + ".");
        this.sponsor = newSponsor;
    }

    /** Every value given must be valid, and every pair given must agree; what is missing is checked on submission. */
    private void apply(NeedDetails d) {
        Check.required(d, "The need's details");
        String newTitle = Check.text(d.title(), 200, "The title");
        String newBackground = Check.optionalText(d.background(), 4000, "The background");
        String newProblem = Check.text(d.problem(), 4000, "The problem to solve");
        List<RequiredSkill> skills = d.requiredSkills() == null ? List.of() : d.requiredSkills();
        Check.that(skills.stream().map(RequiredSkill::getSkill).distinct().count() == skills.size(),
                "Each skill can be asked for only once.");
        BigDecimal days = d.daysPerWeek() == null ? null : Check.daysAWeek(d.daysPerWeek(), "The days a week");
        Integer weeks = d.expectedWeeks();
        Check.that(weeks == null || weeks >= 1 && weeks <= 104, "The expected number of weeks must be between 1 and 104.");
        LocalDate earliest = d.earliestStart();
        LocalDate latest = d.latestStart();
        if (earliest != null && latest != null) {
            Check.notAfter(earliest, latest, "The latest start date must be on or after the earliest start date.");
        }
        LocalDate deadline = d.applicationDeadline();
        Check.that(deadline == null || latest == null || deadline.isBefore(latest.plusDays(1)),
                "The application deadline must be on or before the latest start date.");

        this.title = newTitle;
        this.background = newBackground;
        this.problem = newProblem;
        this.requiredSkills.clear();
        this.requiredSkills.addAll(skills);
        this.minimumBand = d.minimumBand();
        this.daysPerWeek = days;
        this.expectedWeeks = weeks;
        this.earliestStart = earliest;
        this.latestStart = latest;
        this.site = Check.optionalText(d.site(), 200, "The site");
        this.remotePossible = d.remotePossible();
        this.funding = d.funding();
        this.urgency = d.urgency();
        this.applicationDeadline = deadline;
        this.hostNotes = Check.optionalText(d.hostNotes(), 4000, "The internal notes");
    }

    /** What a draft still lacks before it can be submitted, in words a host understands; empty when complete. */
    public List<String> missingForSubmission() {
        return details().missingForSubmission();
    }

    /** The need as its host wrote it, for an editor to start from. */
    public NeedDetails details() {
        return new NeedDetails(title, background, problem, requiredSkills, minimumBand, daysPerWeek, expectedWeeks, earliestStart,
                latestStart, site, remotePossible, funding, urgency, applicationDeadline, hostNotes);
    }

    private static void requireComplete(NeedDetails details, String action) {
        List<String> missing = details.missingForSubmission();
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("Before the need can be " + action + ", add " + String.join(", ", missing) + ".");
        }
    }

    public void submit(Instant now) {
        expect(NeedState.DRAFT, "submitted");
        requireComplete(details(), "submitted");
        state = NeedState.SUBMITTED;
        stateReason = null;
        submittedAt = now;
    }

    public void returnToDraft(String reason) {
        expect(NeedState.SUBMITTED, "returned to draft");
        stateReason = Check.text(reason, 2000, "The reason for returning the need");
        state = NeedState.DRAFT;
    }

    public void startScoping() {
        expect(NeedState.SUBMITTED, "taken into scoping");
        state = NeedState.SCOPING;
    }

    /**
     * Scope first: a need opens to applications only on the version of its scoping document that the host sponsor
     * and a coordinator both signed ({@code null} when none is agreed yet).
     */
    public void publish(ScopingVersion agreed, LocalDate today) {
        expect(NeedState.SCOPING, "published");
        Check.that(agreed != null && agreed.isAgreed(),
                "A need cannot be opened for applications until its scoping document is agreed by the host sponsor and a coordinator.");
        Need owner = agreed.getDocument().getNeed();
        Check.that(owner == this || owner.getId() != null && owner.getId().equals(id),
                "That scoping document belongs to another need.");
        Check.that(!applicationDeadline.isBefore(today),
                "The application deadline has passed: set a new deadline before publishing.");
        state = NeedState.OPEN;
    }

    public void startShortlisting() {
        expect(NeedState.OPEN, "moved to shortlisting");
        state = NeedState.SHORTLISTING;
    }

    public void fill(Instant now) {
        expect(NeedState.SHORTLISTING, "marked as filled");
        state = NeedState.FILLED;
        filledAt = now;
    }

    /**
     * The placement that filled the need fell through (the release was declined or it was cancelled): a coordinator
     * opens it again, to applications (with a deadline still to come) or straight to shortlisting, with the reason.
     * It no longer counts as filled.
     */
    public void reopen(NeedState to, String reason, LocalDate newDeadline, LocalDate today) {
        expect(NeedState.FILLED, "reopened");
        Check.that(to == NeedState.OPEN || to == NeedState.SHORTLISTING, "A need is reopened for applications or for shortlisting.");
        String why = Check.text(reason, 2000, "The reason for reopening");
        if (to == NeedState.OPEN) {
            Check.required(newDeadline, "A new application deadline");
            Check.that(!newDeadline.isBefore(today), "The new application deadline must be today or later.");
            applicationDeadline = newDeadline;
        }
        state = to;
        stateReason = why;
        filledAt = null;
    }

    public void close() {
        expect(NeedState.FILLED, "closed");
        state = NeedState.CLOSED;
    }

    public void cancel(String reason) {
        Check.that(state.isCancellable(), "A need that is " + state.getLabel().toLowerCase() + " cannot be cancelled.");
        stateReason = Check.text(reason, 2000, "The reason for cancelling");
        state = NeedState.CANCELLED;
    }

    public boolean isOpenForApplications(LocalDate today) {
        return state == NeedState.OPEN && applicationDeadline != null && !applicationDeadline.isBefore(today);
    }

    /** Recruitment decisions (shortlisting, interviews, offers) happen while open or shortlisting. */
    public boolean isRecruiting() {
        return state == NeedState.OPEN || state == NeedState.SHORTLISTING;
    }

    /** Known once the dates are: every need past draft has them. */
    public LocalDate latestEnd() {
        return latestStart == null || expectedWeeks == null ? null : latestStart.plusWeeks(expectedWeeks);
    }

    private void expect(NeedState required, String action) {
        if (state != required) {
            throw new BusinessRuleException("Only a need that is " + required.getLabel().toLowerCase() + " can be " + action
                    + "; this one is " + state.getLabel().toLowerCase() + ".");
        }
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public UserAccount getSponsor() {
        return sponsor;
    }

    public String getTitle() {
        return title;
    }

    public String getBackground() {
        return background;
    }

    public String getProblem() {
        return problem;
    }

    public List<RequiredSkill> getRequiredSkills() {
        return Collections.unmodifiableList(requiredSkills);
    }

    public Band getMinimumBand() {
        return minimumBand;
    }

    public BigDecimal getDaysPerWeek() {
        return daysPerWeek;
    }

    public Integer getExpectedWeeks() {
        return expectedWeeks;
    }

    public LocalDate getEarliestStart() {
        return earliestStart;
    }

    public LocalDate getLatestStart() {
        return latestStart;
    }

    public String getSite() {
        return site;
    }

    public boolean isRemotePossible() {
        return remotePossible;
    }

    public Funding getFunding() {
        return funding;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public LocalDate getApplicationDeadline() {
        return applicationDeadline;
    }

    public String getHostNotes() {
        return hostNotes;
    }

    public NeedState getState() {
        return state;
    }

    public String getStateReason() {
        return stateReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getFilledAt() {
        return filledAt;
    }

    public long getVersion() {
        return version;
    }
}
