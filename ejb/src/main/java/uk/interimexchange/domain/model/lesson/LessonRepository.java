package uk.interimexchange.domain.model.lesson;

import java.util.Optional;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

public interface LessonRepository {

    Optional<Lesson> find(long id);

    /** Lessons in a state, newest first, optionally matching words in title or text and a kind. */
    Page<Lesson> search(LessonState state, String words, LessonKind kind, PageRequest page);

    void store(Lesson lesson);
}
