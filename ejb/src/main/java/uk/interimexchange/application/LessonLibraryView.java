package uk.interimexchange.application;

import java.util.List;
import java.util.Set;
import uk.interimexchange.domain.model.lesson.Lesson;
import uk.interimexchange.domain.model.lesson.PublishedLesson;
import uk.interimexchange.domain.model.shared.Page;

/**
 * The lessons library, read in one call.
 *
 * @param found the published lessons the search found, as readers see them
 * @param mine  the caller's own lessons in every state, newest first; empty for those who do not write lessons
 * @param steps what the caller may do from the library
 */
public record LessonLibraryView(Page<PublishedLesson> found, List<Lesson> mine, Set<LibraryStep> steps) {

    public LessonLibraryView {
        mine = List.copyOf(mine);
        steps = Set.copyOf(steps);
    }

    public boolean can(LibraryStep step) {
        return steps.contains(step);
    }
}
