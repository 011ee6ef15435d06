package uk.interimexchange.application;

import java.util.List;
import java.util.Set;
import uk.interimexchange.domain.model.audit.HistoryEntry;
import uk.interimexchange.domain.model.lesson.Lesson;
import uk.interimexchange.domain.model.lesson.PublishedLesson;

/**
 * A lesson's page, read in one call.
 *
 * @param shown   the lesson as readers see it (anonymised when its author asked)
 * @param written the lesson as written, for its author, coordinators and administrators; null for other readers
 * @param history its history, for those who see it as written
 */
public record LessonPageView(PublishedLesson shown, Lesson written, List<HistoryEntry> history, Set<LessonStep> steps) {

    public LessonPageView {
        history = List.copyOf(history);
        steps = Set.copyOf(steps);
    }

    public boolean can(LessonStep step) {
        return steps.contains(step);
    }
}
