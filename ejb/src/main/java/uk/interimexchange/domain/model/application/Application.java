package uk.interimexchange.domain.model.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import uk.interimexchange.domain.model.associate.Associate;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.shared.Check;

/** An associate's application for one need; one per associate per need. */
@Entity
@Table(name = "application", uniqueConstraints = @UniqueConstraint(columnNames = {"associate_id", "need_id"}))
public class Application {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "associate_id")
    private Associate associate;

    @ManyToOne(optional = false)
    @JoinColumn(name = "need_id")
    private Need need;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationState state;

    @Column(name = "supporting_statement", length = 4000)
    private String supportingStatement;

    @Column(name = "availability_confirmed", nullable = false)
    private boolean availabilityConfirmed;

    @Column(name = "conflict_of_interest", length = 2000)
    private String conflictOfInterest;

    @Column(name = "interview_at")
    private LocalDateTime interviewAt;

    /** The version of the interview's calendar event: one more each time it is arranged. */
    @Column(name = "interview_sequence", nullable = false)
    private int interviewSequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "interview_format", length = 20)
    private InterviewFormat interviewFormat;

    /** Feedback to an unsuccessful applicant, or the associate's reason for withdrawing or declining. */
    @Column(length = 4000)
    private String feedback;

    @Column(name = "invited_at")
    private Instant invitedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /**
     * Made unsuccessful only because another applicant accepted the assignment: if that placement falls through,
     * a coordinator can bring this applicant back.
     */
    @Column(name = "turned_away_when_filled", nullable = false)
    private boolean turnedAwayWhenFilled;

    @Version
    private long version;

    protected Application() {
    }

    private Application(Associate associate, Need need) {
        this.associate = Check.required(associate, "The associate");
        this.need = Check.required(need, "The need");
        Check.that(associate.isAvailableToApply(), "Only an associate whose profile is active can apply or be invited.");
        Check.that(associate.hasConsented(), associate.getFullName() + " has not agreed to their details being used for matching,"
                + " so they cannot be put forward for an assignment.");
        Check.that(!associate.worksFor(need.getOrganisation()),
                "An associate employed by " + need.getOrganisation().getName() + " cannot take an assignment there: it is a conflict of interest.");
    }

    /** A coordinator asks an associate to apply. */
    public static Application invite(Associate associate, Need need, Instant now) {
        Application application = new Application(associate, need);
        Check.that(need.isRecruiting(), "Associates can only be invited to a need that is open or shortlisting.");
        application.state = ApplicationState.INVITED;
        application.invitedAt = now;
        return application;
    }

    /** An associate applies of their own accord. */
    public static Application apply(Associate associate, Need need, Submission submission, Instant now, LocalDate today) {
        Application application = new Application(associate, need);
        application.submitWith(submission, now, today);
        return application;
    }

    /** An invited associate sends their application. */
    public void submit(Submission submission, Instant now, LocalDate today) {
        expect(ApplicationState.INVITED, "submitted");
        submitWith(submission, now, today);
    }

    private void submitWith(Submission s, Instant now, LocalDate today) {
        Check.that(need.isOpenForApplications(today), "This need is not open for applications"
                + (need.getState() == NeedState.OPEN ? ": its deadline has passed." : "."));
        Check.required(s, "The application");
        String statement = Check.text(s.supportingStatement(), 4000, "The supporting statement");
        Check.that(s.availabilityConfirmed(), "Confirm that you can give the time the need asks for.");
        String conflicts = Check.text(s.conflictOfInterest(), 2000,
                "The conflict-of-interest declaration (write \"None\" if you have none)");
        supportingStatement = statement;
        availabilityConfirmed = true;
        conflictOfInterest = conflicts;
        state = ApplicationState.SUBMITTED;
        submittedAt = now;
    }

    public void shortlist() {
        expect(ApplicationState.SUBMITTED, "shortlisted");
        requireRecruitingNeed();
        state = ApplicationState.SHORTLISTED;
    }

    public void scheduleInterview(LocalDateTime at, InterviewFormat format, Instant now) {
        Check.that(state == ApplicationState.SHORTLISTED || state == ApplicationState.INTERVIEW,
                "An interview can only be arranged for a shortlisted applicant.");
        requireRecruitingNeed();
        Check.required(at, "The interview date and time");
        Check.required(format, "The interview format");
        Check.that(at.isAfter(LocalDateTime.ofInstant(now, java.time.ZoneId.of("Europe/London"))),
                "The interview must be in the future.");
        if (interviewAt != null) {
            interviewSequence++; // arranged again: the calendar event moves
        }
        interviewAt = at;
        interviewFormat = format;
        state = ApplicationState.INTERVIEW;
    }

    /** Whether an interview arranged for this application is still to come, at {@code now} in UK time. */
    public boolean hasInterviewAfter(LocalDateTime now) {
        return interviewAt != null && interviewAt.isAfter(now);
    }

    public void offer() {
        expect(ApplicationState.INTERVIEW, "offered the assignment");
        requireRecruitingNeed();
        state = ApplicationState.OFFERED;
    }

    public void accept(Instant now) {
        expect(ApplicationState.OFFERED, "accepted");
        state = ApplicationState.ACCEPTED;
        decidedAt = now;
    }

    public void decline(String reason, Instant now) {
        expect(ApplicationState.OFFERED, "declined");
        feedback = Check.optionalText(reason, 4000, "The reason");
        state = ApplicationState.DECLINED;
        decidedAt = now;
    }

    /** What the other applicants are told when the assignment is accepted by someone else. */
    public static String feedbackWhenFilledByAnother(Need need) {
        return "Thank you for applying for \"" + need.getTitle() + "\" at " + need.getOrganisation().getName()
                + ". The assignment has now been offered to, and accepted by, another applicant. We were grateful for the "
                + "time you gave your application, and we will tell you about other assignments that match your skills.";
    }

    /** Another applicant accepted the assignment: this one is told, kindly, and can be brought back if it falls through. */
    public void turnAwayAsFilled(Instant now) {
        markUnsuccessful(feedbackWhenFilledByAnother(need), now);
        turnedAwayWhenFilled = true;
    }

    /**
     * The placement that filled the need fell through and the need is recruiting again: an applicant turned away
     * only because of it goes back to the shortlist (or, if they had only been invited, is invited again).
     */
    public void restoreToShortlist() {
        Check.that(isRestorable(), "Only an applicant turned away because someone else accepted the assignment can be brought back.");
        requireRecruitingNeed();
        state = submittedAt == null ? ApplicationState.INVITED : ApplicationState.SHORTLISTED;
        feedback = null;
        decidedAt = null;
        turnedAwayWhenFilled = false;
    }

    public boolean isRestorable() {
        return state == ApplicationState.UNSUCCESSFUL && turnedAwayWhenFilled;
    }

    /** Any time before acceptance; the feedback is what the applicant is told, so it is required. */
    public void markUnsuccessful(String feedbackToApplicant, Instant now) {
        Check.that(state.isLive(), "Only an application still in progress can be marked unsuccessful; this one is "
                + state.getLabel().toLowerCase() + ".");
        feedback = Check.text(feedbackToApplicant, 4000, "Feedback for the applicant");
        state = ApplicationState.UNSUCCESSFUL;
        decidedAt = now;
    }

    public void withdraw(String reason, Instant now) {
        Check.that(state.isLive(), "Only an application still in progress can be withdrawn; this one is "
                + state.getLabel().toLowerCase() + ".");
        feedback = Check.optionalText(reason, 4000, "The reason");
        state = ApplicationState.WITHDRAWN;
        decidedAt = now;
    }

    private void requireRecruitingNeed() {
        Check.that(need.isRecruiting(), "The need is " + need.getState().getLabel().toLowerCase() + ", so its applications cannot move on.");
    }

    private void expect(ApplicationState required, String action) {
        if (state != required) {
            throw new BusinessRuleException("Only an application that is " + required.getLabel().toLowerCase()
                    + " can be " + action + "; this one is " + state.getLabel().toLowerCase() + ".");
        }
    }

    public Long getId() {
        return id;
    }

    public Associate getAssociate() {
        return associate;
    }

    public Need getNeed() {
        return need;
    }

    public ApplicationState getState() {
        return state;
    }

    public String getSupportingStatement() {
        return supportingStatement;
    }

    public boolean isAvailabilityConfirmed() {
        return availabilityConfirmed;
    }

    public String getConflictOfInterest() {
        return conflictOfInterest;
    }

    public LocalDateTime getInterviewAt() {
        return interviewAt;
    }

    public int getInterviewSequence() {
        return interviewSequence;
    }

    public InterviewFormat getInterviewFormat() {
        return interviewFormat;
    }

    public String getFeedback() {
        return feedback;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public boolean isTurnedAwayWhenFilled() {
        return turnedAwayWhenFilled;
    }

    public long getVersion() {
        return version;
    }
}
