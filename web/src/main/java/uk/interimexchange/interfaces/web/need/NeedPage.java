package uk.interimexchange.interfaces.web.need;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import uk.interimexchange.application.AccessDeniedException;
import uk.interimexchange.application.NeedPageView;
import uk.interimexchange.application.NeedReopening;
import uk.interimexchange.application.NeedService;
import uk.interimexchange.application.NeedStep;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.application.Application;
import uk.interimexchange.domain.model.audit.HistoryEntry;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.scoping.ScopingVersion;
import uk.interimexchange.interfaces.web.PageSteps;
import uk.interimexchange.interfaces.web.WebPages;

/**
 * One need at its own address (/needs/42): what it asks for, where it is, its history, and the one next step the
 * person looking may take, all read in one call ({@link NeedService#page}): the service decides what the caller may
 * do and see, and the page only renders it.
 */
@Named
@RequestScoped
public class NeedPage {

    @Inject
    NeedService needs;

    @Inject
    FacesContext faces;

    @Inject
    PageSteps steps;

    private long id;
    private NeedPageView view;
    private String reason;
    private NeedState reopenTo = NeedState.SHORTLISTING;
    private LocalDate newDeadline;
    private List<Long> restore = new ArrayList<>();
    private Long newSponsorId;

    @PostConstruct
    void load() {
        id = WebPages.number(faces.getExternalContext().getRequestParameterMap().get("id"));
        try {
            view = needs.page(id);
        } catch (NotFoundException | AccessDeniedException unknown) {
            view = null; // requireNeed answers 404 before anything renders
        }
    }

    /** The page's view action: the same 404 whether the need does not exist or is not the caller's to see. */
    public void requireNeed() {
        if (view == null) {
            WebPages.notFound(faces);
        }
    }

    public void submit() {
        act(needs::submit, "You sent the need to the programme team. A coordinator will review it.");
    }

    public void startScoping() {
        act(needs::startScoping, "You accepted the need into scoping. Write the scoping document with the host next.");
    }

    public void publish() {
        act(needs::publish, "You published the need. Associates can now find it and apply.");
    }

    public void returnToDraft() {
        act(needId -> needs.returnToDraft(needId, reason), "You returned the need to its host as a draft, with your reason.");
    }

    public void cancel() {
        act(needId -> needs.cancel(needId, reason), "You cancelled the need.");
    }

    public void reopen() {
        steps.take("need", "reopen:reason", () -> {
            needs.reopen(id, reopenTo, newDeadline, reason, restore);
            return "/needs/" + id;
        }, "The need is open again" + (restore.isEmpty() ? "." : ", and the applicants you chose are back on its shortlist and told."));
    }

    public void handOverSponsor() {
        steps.take("need", "sponsor:new-sponsor", () -> {
            needs.handOverSponsor(id, newSponsorId == null ? -1 : newSponsorId);
            return "/needs/" + id;
        }, "The need has a new host sponsor, who signs for the host from now on. Both of you are told.");
    }

    private void act(LongFunction<Need> step, String done) {
        steps.take("need", "need:reason", () -> {
            step.apply(id);
            return "/needs/" + id;
        }, done);
    }

    public Need getNeed() {
        return view == null ? null : view.need();
    }

    public List<Application> getApplicants() {
        return view.applicants();
    }

    public List<HistoryEntry> getHistory() {
        return view.history();
    }

    /** The host and the programme follow the need: its sponsor, notes, reasons, applicants and history. */
    public boolean isFollowing() {
        return view.can(NeedStep.FOLLOW);
    }

    public boolean isAllApplicants() {
        return view.can(NeedStep.SEE_ALL_APPLICANTS);
    }

    public boolean isEditable() {
        return view.can(NeedStep.EDIT);
    }

    public boolean isFinishWriting() {
        return view.can(NeedStep.FINISH_WRITING);
    }

    /** Hosts and coordinators reach the scoping document from the need once scoping has started. */
    public boolean isScoped() {
        return view.can(NeedStep.SEE_SCOPE);
    }

    public boolean isScopeToWrite() {
        return view.can(NeedStep.WRITE_SCOPE);
    }

    public boolean isCandidatesShown() {
        return view.can(NeedStep.SEE_CANDIDATES);
    }

    public List<String> getMissing() {
        return view.missing();
    }

    public ScopingVersion getAgreedScope() {
        return view.agreedScope();
    }

    public boolean isSubmittable() {
        return view.can(NeedStep.SUBMIT);
    }

    public boolean isTriageable() {
        return view.can(NeedStep.TRIAGE);
    }

    public boolean isPublishable() {
        return view.can(NeedStep.PUBLISH);
    }

    public boolean isCancellable() {
        return view.can(NeedStep.CANCEL);
    }

    public boolean isApplicable() {
        return view.can(NeedStep.APPLY);
    }

    public Long getMyApplicationId() {
        return view.myApplicationId();
    }

    public NeedReopening getReopening() {
        return view.reopening();
    }

    public List<UserAccount> getSponsorChoices() {
        return view.sponsorChoices();
    }

    /** A reopened need goes back to applications or to shortlisting. */
    public List<NeedState> getReopenStates() {
        return List.of(NeedState.OPEN, NeedState.SHORTLISTING);
    }

    public NeedState getReopenTo() {
        return reopenTo;
    }

    public void setReopenTo(NeedState reopenTo) {
        this.reopenTo = reopenTo;
    }

    public LocalDate getNewDeadline() {
        return newDeadline;
    }

    public void setNewDeadline(LocalDate newDeadline) {
        this.newDeadline = newDeadline;
    }

    public List<Long> getRestore() {
        return restore;
    }

    public void setRestore(List<Long> restore) {
        this.restore = restore == null ? new ArrayList<>() : restore;
    }

    public Long getNewSponsorId() {
        return newSponsorId;
    }

    public void setNewSponsorId(Long newSponsorId) {
        this.newSponsorId = newSponsorId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
