package uk.interimexchange.interfaces.web.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.interimexchange.application.AccessDeniedException;
import uk.interimexchange.application.ApplicationService;
import uk.interimexchange.application.NeedService;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.domain.model.application.Submission;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.interfaces.web.PageSteps;
import uk.interimexchange.interfaces.web.WebPages;

/** An associate applies for an open need: a supporting statement, the time confirmed, and a conflict declaration. */
@Named
@RequestScoped
public class ApplyForNeed {

    @Inject
    NeedService needs;

    @Inject
    ApplicationService applications;

    @Inject
    FacesContext faces;

    @Inject
    PageSteps steps;

    private long needId;
    private Need need;
    private String statement;
    private boolean availabilityConfirmed;
    private String conflictOfInterest;

    @PostConstruct
    void load() {
        needId = WebPages.number(faces.getExternalContext().getRequestParameterMap().get("need"));
        try {
            need = needs.find(needId);
        } catch (NotFoundException | AccessDeniedException unknown) {
            need = null;
        }
    }

    /** The page's view action. */
    public void requireNeed() {
        if (need == null) {
            WebPages.notFound(faces);
        }
    }

    public void apply() {
        Submission submission = new Submission(statement, availabilityConfirmed, conflictOfInterest);
        steps.take("need", null, () -> "/applications/" + applications.apply(needId, submission).getId(),
                "Your application was sent. A programme coordinator will tell you what happens next.");
    }

    public Need getNeed() {
        return need;
    }

    public long getNeedId() {
        return needId;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public boolean isAvailabilityConfirmed() {
        return availabilityConfirmed;
    }

    public void setAvailabilityConfirmed(boolean availabilityConfirmed) {
        this.availabilityConfirmed = availabilityConfirmed;
    }

    public String getConflictOfInterest() {
        return conflictOfInterest;
    }

    public void setConflictOfInterest(String conflictOfInterest) {
        this.conflictOfInterest = conflictOfInterest;
    }
}
