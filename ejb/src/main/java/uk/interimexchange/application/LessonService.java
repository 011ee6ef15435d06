package uk.interimexchange.application;

import java.util.List;
import uk.interimexchange.domain.model.audit.HistoryEntry;
import uk.interimexchange.domain.model.lesson.Lesson;
import uk.interimexchange.domain.model.lesson.LessonSearch;
import uk.interimexchange.domain.model.lesson.LessonText;
import uk.interimexchange.domain.model.lesson.PublishedLesson;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

/**
 * The lessons library: written during a placement (interim notes) and at its close-out, moderated by a
 * coordinator, then open to everyone signed in, anonymised where the author asked.
 */
public interface LessonService {

    /** The caller writes a draft lesson, from a placement they are party to or, with no placement, from elsewhere. */
    Lesson write(Long placementId, LessonText text);

    /** A starting point for a lesson from a placement: its need as the context, its skills and host as the tags. */
    LessonText suggestedFrom(long placementId);

    Lesson revise(long lessonId, LessonText text);

    Lesson submitForModeration(long lessonId);

    Lesson publish(long lessonId);

    Lesson returnForEdit(long lessonId, String comment);

    /** A lesson as written, for its author and coordinators only (in any state). */
    Lesson find(long lessonId);

    /** A published lesson as the library shows it, to everyone signed in. */
    PublishedLesson read(long lessonId);

    /** A lesson's page: as written for its author and the programme, as published for everyone else; with the steps allowed. */
    LessonPageView page(long lessonId);

    /** The published library, as readers see it. */
    Page<PublishedLesson> search(LessonSearch search, PageRequest page);

    /** The library's page: the lessons found and, for those who write lessons, the first {@code ownShown} of their own. */
    LessonLibraryView library(LessonSearch search, PageRequest page, int ownShown);

    /** The caller's own lessons, in every state, with any moderator's comment. */
    Page<Lesson> mine(PageRequest page);

    /** Lessons waiting for a coordinator's moderation. */
    Page<Lesson> awaitingModeration(PageRequest page);

    List<HistoryEntry> history(long lessonId);
}
