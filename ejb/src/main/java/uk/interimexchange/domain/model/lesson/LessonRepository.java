package uk.interimexchange.domain.model.lesson;

import java.util.Optional;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

public interface LessonRepository {

    Optional<Lesson> find(long id);

    /** Lessons in a state that match a search, in its order. */
    Page<Lesson> search(LessonState state, LessonSearch search, PageRequest page);

    /** An author's lessons in every state, the latest written first. */
    Page<Lesson> byAuthor(long accountId, PageRequest page);

    void store(Lesson lesson);
}
