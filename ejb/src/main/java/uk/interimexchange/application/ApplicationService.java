package uk.interimexchange.application;

import java.time.LocalDateTime;
import java.util.List;
import uk.interimexchange.domain.model.application.Application;
import uk.interimexchange.domain.model.application.InterviewFormat;
import uk.interimexchange.domain.model.application.Submission;
import uk.interimexchange.domain.model.audit.HistoryEntry;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

/** Applications to open needs, from invitation or application to offer and its answer. */
public interface ApplicationService {

    /** A coordinator asks an associate to apply for a need. */
    Application invite(long associateId, long needId);

    /** The calling associate applies for an open need. */
    Application apply(long needId, Submission submission);

    /** The invited associate sends their application. */
    Application submit(long applicationId, Submission submission);

    Application shortlist(long applicationId);

    Application scheduleInterview(long applicationId, LocalDateTime at, InterviewFormat format);

    Application offer(long applicationId);

    /**
     * The associate accepts the offer: the need is filled, the placement proposed on the agreed scope, and every
     * other applicant still in progress is told, kindly, that the assignment has gone to someone else.
     */
    Placement accept(long applicationId);

    Application decline(long applicationId, String reason);

    /** A coordinator closes an application with feedback, which the applicant is emailed. */
    Application markUnsuccessful(long applicationId, String feedback);

    /**
     * A coordinator brings back an applicant turned away only because someone else accepted, once the need is
     * recruiting again: to the shortlist, or invited again if they had not yet applied. They are told.
     */
    Application restoreToShortlist(long applicationId);

    Application withdraw(long applicationId, String reason);

    Application find(long applicationId);

    /** An application's page as the caller may see it, with the steps they may take on it. */
    ApplicationPageView page(long applicationId);

    /** The applicants to a need, for its host and coordinators. */
    Page<Application> forNeed(long needId, PageRequest page);

    /** The calling associate's own applications, newest first. */
    Page<Application> mine(PageRequest page);

    /** Applications waiting for a coordinator to review them, oldest first. */
    Page<Application> toReview(PageRequest page);

    /** Interviews arranged for the seven days from today. */
    List<Application> interviewsThisWeek();

    List<HistoryEntry> history(long applicationId);
}
