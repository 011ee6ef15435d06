package uk.interimexchange.interfaces.web.lesson;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.interimexchange.application.LessonPageView;
import uk.interimexchange.application.LessonService;
import uk.interimexchange.application.LessonStep;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.domain.model.audit.HistoryEntry;
import uk.interimexchange.domain.model.lesson.Lesson;
import uk.interimexchange.domain.model.lesson.PublishedLesson;
import uk.interimexchange.interfaces.web.PageSteps;
import uk.interimexchange.interfaces.web.WebPages;

/**
 * One lesson (/lessons/lesson.xhtml?lesson=7). Readers see what the library publishes; the author and coordinators
 * also see what was written, its state and history, and what the library will show of it (the anonymised text,
 * for a moderator to check before publishing). The author sends it for moderation; a coordinator publishes it or
 * returns it with what to change.
 */
@Named
@RequestScoped
public class LessonPage {

    private static final String PAGE = "/lessons/lesson.xhtml?lesson=";

    @Inject
    LessonService lessons;

    @Inject
    FacesContext faces;

    @Inject
    PageSteps steps;

    private long id;
    private Lesson written;
    private PublishedLesson shown;
    private List<HistoryEntry> history = List.of();
    private boolean editable;
    private boolean moderating;
    private String comment;

    @PostConstruct
    void load() {
        id = WebPages.number(faces.getExternalContext().getRequestParameterMap().get("lesson"));
        try {
            LessonPageView view = lessons.page(id);
            shown = view.shown();
            written = view.written();
            history = view.history();
            editable = view.can(LessonStep.EDIT);
            moderating = view.can(LessonStep.MODERATE);
        } catch (NotFoundException unknown) {
            shown = null; // requireLesson answers 404
        }
    }

    /** The page's view action: the same 404 whether the lesson does not exist or is not the caller's to see. */
    public void requireLesson() {
        if (shown == null) {
            WebPages.notFound(faces);
        }
    }

    public void submit() {
        steps.take("lesson", null, () -> {
            lessons.submitForModeration(id);
            return PAGE + id;
        }, "Your lesson is sent for moderation. A coordinator will publish it or tell you what to change.");
    }

    public void publish() {
        steps.take("lesson", null, () -> {
            lessons.publish(id);
            return PAGE + id;
        }, "The lesson is published in the library.");
    }

    public void returnForEdit() {
        steps.take("lesson", "moderate:comment", () -> {
            lessons.returnForEdit(id, comment);
            return PAGE + id;
        }, "The lesson is returned to its author with what to change.");
    }

    public boolean isEditable() {
        return editable;
    }

    public long getId() {
        return id;
    }

    public Lesson getWritten() {
        return written;
    }

    public PublishedLesson getShown() {
        return shown;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public boolean isModerating() {
        return moderating;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
