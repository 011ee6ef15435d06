package uk.interimexchange.interfaces.web.lesson;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.interimexchange.application.LessonService;
import uk.interimexchange.domain.model.lesson.Lesson;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.interfaces.web.Paging;

/** Lessons waiting for a coordinator (/lessons/moderation.xhtml), oldest written first; each is moderated on its own page. */
@Named
@RequestScoped
public class LessonModeration {

    static final int PAGE_SIZE = 20;

    @Inject
    LessonService lessons;

    @Inject
    FacesContext faces;

    private Paging paging;
    private Page<Lesson> waiting;

    @PostConstruct
    void load() {
        paging = Paging.from(faces.getExternalContext().getRequestParameterMap().get("from"), PAGE_SIZE);
        waiting = lessons.awaitingModeration(paging.request());
        paging.of(waiting.total());
    }

    public Paging getPaging() {
        return paging;
    }

    public Page<Lesson> getWaiting() {
        return waiting;
    }
}
