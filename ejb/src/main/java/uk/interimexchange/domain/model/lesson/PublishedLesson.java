package uk.interimexchange.domain.model.lesson;

import java.time.Instant;
import java.util.Set;
import uk.interimexchange.domain.model.organisation.OrganisationType;
import uk.interimexchange.domain.model.organisation.Region;

/**
 * A lesson as readers of the library see it: for an anonymised one, without the host or anyone's name, and with
 * nothing that would lead back to them (no placement, no author account).
 */
public record PublishedLesson(Long id, String title, String context, String whatHappened, String lesson, LessonKind kind,
        Set<String> skillTags, OrganisationType organisationType, Region region, String source, String author,
        Instant publishedAt) {
}
