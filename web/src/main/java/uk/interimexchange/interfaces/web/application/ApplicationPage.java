package uk.interimexchange.interfaces.web.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import uk.interimexchange.application.AccessDeniedException;
import uk.interimexchange.application.ApplicationPageView;
import uk.interimexchange.application.ApplicationService;
import uk.interimexchange.application.ApplicationStep;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.domain.model.application.Application;
import uk.interimexchange.domain.model.application.InterviewFormat;
import uk.interimexchange.domain.model.audit.HistoryEntry;
import uk.interimexchange.interfaces.web.PageSteps;
import uk.interimexchange.interfaces.web.WebPages;

/**
 * One application at its own address (/applications/7), with its history. The associate who made it may withdraw
 * it while it is in progress, and accept or decline an offer; a coordinator moves it through the pipeline
 * (shortlist, interview, offer) or tells the applicant it was unsuccessful. What the caller may do comes with the
 * page's one read ({@link ApplicationService#page}).
 */
@Named
@RequestScoped
public class ApplicationPage {

    @Inject
    ApplicationService applications;

    @Inject
    FacesContext faces;

    @Inject
    PageSteps steps;

    private long id;
    private ApplicationPageView view;
    private Application application;
    private String reason;
    private LocalDateTime interviewAt;
    private InterviewFormat interviewFormat;
    private String feedback;

    @PostConstruct
    void load() {
        id = WebPages.number(faces.getExternalContext().getRequestParameterMap().get("id"));
        try {
            view = applications.page(id);
            application = view.application();
        } catch (NotFoundException | AccessDeniedException unknown) {
            application = null; // requireApplication answers 404 before anything renders
        }
    }

    public void restore() {
        act(applications::restoreToShortlist, application.getAssociate().getFullName() + " is back on the shortlist, and told.");
    }

    /** Turned away only because someone else accepted, and the need is recruiting again: a coordinator can bring them back. */
    public boolean isRestorable() {
        return view.can(ApplicationStep.RESTORE);
    }

    public void shortlist() {
        act(applications::shortlist, "You shortlisted " + application.getAssociate().getFullName()
                + ". The host can now see the application.");
    }

    public void arrangeInterview() {
        act(applicationId -> applications.scheduleInterview(applicationId, interviewAt, interviewFormat),
                "You arranged the interview. " + application.getAssociate().getFullName() + " can see when it is.", "pipeline:interview-at");
    }

    public void offer() {
        act(applications::offer, "You offered the assignment to " + application.getAssociate().getFullName()
                + ". They will accept or decline it.");
    }

    public void markUnsuccessful() {
        act(applicationId -> applications.markUnsuccessful(applicationId, feedback),
                "You told " + application.getAssociate().getFullName() + " their application was unsuccessful.", "pipeline:feedback");
    }

    /** The page's view action. */
    public void requireApplication() {
        if (application == null) {
            WebPages.notFound(faces);
        }
    }

    public void accept() {
        actThen(applicationId -> "/placements/" + applications.accept(applicationId).getId(),
                "You accepted the offer. We have emailed your line manager to approve your release; the placement is agreed "
                        + "once they, the host sponsor, a coordinator and you have signed it.", "application:reason");
    }

    public void decline() {
        act(applicationId -> applications.decline(applicationId, reason), "You declined the offer.");
    }

    public void withdraw() {
        act(applicationId -> applications.withdraw(applicationId, reason), "You withdrew your application.");
    }

    private void act(LongConsumer step, String done) {
        act(step, done, "application:reason");
    }

    /** Runs one step and shows the application again; a refusal is shown against {@code field}, nothing changed. */
    private void act(LongConsumer step, String done, String field) {
        actThen(applicationId -> {
            step.accept(applicationId);
            return "/applications/" + applicationId;
        }, done, field);
    }

    /** Runs one step, then shows the page it leads to. */
    private void actThen(LongFunction<String> step, String done, String field) {
        steps.take("application", field, () -> step.apply(id), done);
    }

    public Application getApplication() {
        return application;
    }

    public List<HistoryEntry> getHistory() {
        return view.history();
    }

    public boolean isApplicant() {
        return view.can(ApplicationStep.WITHDRAW) || view.can(ApplicationStep.ANSWER_OFFER);
    }

    public boolean isWithdrawable() {
        return view.can(ApplicationStep.WITHDRAW);
    }

    public boolean isOffered() {
        return view.can(ApplicationStep.ANSWER_OFFER);
    }

    public boolean isCoordinator() {
        return view.can(ApplicationStep.STEER);
    }

    public boolean isShortlistable() {
        return view.can(ApplicationStep.SHORTLIST);
    }

    public boolean isInterviewable() {
        return view.can(ApplicationStep.ARRANGE_INTERVIEW);
    }

    public boolean isOfferable() {
        return view.can(ApplicationStep.OFFER);
    }

    public boolean isRejectable() {
        return view.can(ApplicationStep.TURN_AWAY);
    }

    public List<InterviewFormat> getInterviewFormats() {
        return List.of(InterviewFormat.values());
    }

    public LocalDateTime getInterviewAt() {
        return interviewAt;
    }

    public void setInterviewAt(LocalDateTime interviewAt) {
        this.interviewAt = interviewAt;
    }

    public InterviewFormat getInterviewFormat() {
        return interviewFormat;
    }

    public void setInterviewFormat(InterviewFormat interviewFormat) {
        this.interviewFormat = interviewFormat;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
