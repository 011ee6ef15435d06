package uk.interimexchange.application;

import java.util.List;
import uk.interimexchange.domain.model.audit.AuditEvent;
import uk.interimexchange.domain.model.lesson.Lesson;
import uk.interimexchange.domain.model.lesson.LessonKind;
import uk.interimexchange.domain.model.lesson.LessonText;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

/** The lessons library: written during and after placements, moderated, then open to everyone signed in. */
public interface LessonService {

    /** The caller writes a draft lesson, from a placement they are party to or, with no placement, from elsewhere. */
    Lesson write(Long placementId, LessonText text);

    Lesson revise(long lessonId, LessonText text);

    Lesson submitForModeration(long lessonId);

    Lesson publish(long lessonId);

    Lesson returnForEdit(long lessonId, String comment);

    /** Published lessons are seen by everyone; drafts by their author and coordinators. */
    Lesson find(long lessonId);

    /** The published library. */
    Page<Lesson> search(String words, LessonKind kind, PageRequest page);

    /** Lessons waiting for a coordinator's moderation. */
    Page<Lesson> awaitingModeration(PageRequest page);

    List<AuditEvent> history(long lessonId);
}
