package uk.interimexchange.interfaces.web.need;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import uk.interimexchange.application.AccessDeniedException;
import uk.interimexchange.application.ApplicationService;
import uk.interimexchange.application.NeedReopening;
import uk.interimexchange.application.NeedService;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.application.Roles;
import uk.interimexchange.application.ScopingService;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.application.Application;
import uk.interimexchange.domain.model.audit.HistoryEntry;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.scoping.ScopingVersion;
import uk.interimexchange.domain.model.shared.PageRequest;
import uk.interimexchange.interfaces.web.PageSteps;
import uk.interimexchange.interfaces.web.WebPages;

/**
 * One need at its own address (/needs/42): what it asks for, where it is, its history, and the one next step the
 * person looking may take. The service decides; the page offers only what the role may do in this state.
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

    @Inject
    ApplicationService applications;

    @Inject
    ScopingService scoping;

    private long id;
    private Need need;
    private List<HistoryEntry> history = List.of();
    private List<Application> applicants = List.of();
    private boolean host;
    private boolean coordinator;
    private String reason;
    private boolean submittable;
    private boolean triageable;
    private boolean publishable;
    private boolean cancellable;
    private boolean applicable;
    private Long myApplicationId;
    private boolean editable;
    private boolean scoped;
    private List<String> missing = List.of();
    private ScopingVersion agreedScope;
    private NeedReopening reopening = NeedReopening.none();
    private List<UserAccount> sponsorChoices = List.of();
    private NeedState reopenTo = NeedState.SHORTLISTING;
    private LocalDate newDeadline;
    private List<Long> restore = new ArrayList<>();
    private Long newSponsorId;

    @PostConstruct
    void load() {
        id = WebPages.number(faces.getExternalContext().getRequestParameterMap().get("id"));
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        host = request.isUserInRole(Roles.HOST);
        coordinator = request.isUserInRole(Roles.COORDINATOR);
        try {
            need = needs.find(id);
            if (host || coordinator) {
                history = needs.history(id);
                applicants = applications.forNeed(id, PageRequest.first(PageRequest.MAX_LIMIT)).items(); // a host: the shortlist on
            }
        } catch (NotFoundException | AccessDeniedException unknown) {
            need = null; // requireNeed answers 404 before anything renders
        }
        if (need != null) {
            missing = need.missingForSubmission();
            editable = (host && need.getState() == NeedState.DRAFT) || ((host || coordinator) && need.getState() == NeedState.SCOPING);
            submittable = host && need.getState() == NeedState.DRAFT && missing.isEmpty();
            scoped = (host || coordinator) && need.getState().compareTo(NeedState.SCOPING) >= 0
                    && need.getState() != NeedState.CANCELLED;
            if (need.getState().compareTo(NeedState.OPEN) >= 0 && need.getState() != NeedState.CANCELLED) {
                try {
                    agreedScope = scoping.agreedScope(id);
                } catch (NotFoundException none) {
                    agreedScope = null; // a need cancelled before its scope was agreed
                }
            }
            if (coordinator) {
                reopening = needs.reopening(id);
            }
            if ((host || coordinator) && need.getState() != NeedState.CLOSED && need.getState() != NeedState.CANCELLED) {
                sponsorChoices = needs.sponsorChoices(id);
            }
            triageable = coordinator && need.getState() == NeedState.SUBMITTED;
            publishable = coordinator && need.getState() == NeedState.SCOPING;
            cancellable = (host || coordinator) && need.getState().isCancellable();
            if (request.isUserInRole(Roles.ASSOCIATE) && !coordinator) {
                myApplicationId = applications.mine(PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                        .filter(a -> a.getNeed().getId().equals(need.getId())).map(a -> a.getId()).findFirst().orElse(null);
                applicable = myApplicationId == null && need.getState() == NeedState.OPEN;
            }
        }
    }

    /** The page's view action: the same 404 whether the need does not exist or is not the caller's to see. */
    public void requireNeed() {
        if (need == null) {
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
        return need;
    }

    public List<Application> getApplicants() {
        return applicants;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public boolean isHost() {
        return host;
    }

    public boolean isCoordinator() {
        return coordinator;
    }

    /** The host's own notes are for the host and the programme team, never for associates. */
    public boolean isShowHostNotes() {
        return host || coordinator;
    }

    public boolean isEditable() {
        return editable;
    }

    /** Hosts and coordinators reach the scoping document from the need once scoping has started. */
    public boolean isScoped() {
        return scoped;
    }

    public List<String> getMissing() {
        return missing;
    }

    public ScopingVersion getAgreedScope() {
        return agreedScope;
    }

    public boolean isSubmittable() {
        return submittable;
    }

    public boolean isTriageable() {
        return triageable;
    }

    public boolean isPublishable() {
        return publishable;
    }

    public boolean isCancellable() {
        return cancellable;
    }

    public boolean isApplicable() {
        return applicable;
    }

    public Long getMyApplicationId() {
        return myApplicationId;
    }

    public NeedReopening getReopening() {
        return reopening;
    }

    public List<UserAccount> getSponsorChoices() {
        return sponsorChoices;
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
