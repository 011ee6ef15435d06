package uk.interimexchange.domain.model.lesson;

import java.util.Set;
import uk.interimexchange.domain.model.organisation.OrganisationType;
import uk.interimexchange.domain.model.organisation.Region;

/** What the author writes; checked by {@link Lesson}. */
public record LessonText(String title, String context, String whatHappened, String lesson, LessonKind kind,
        Set<String> skillTags, OrganisationType organisationType, Region region, boolean anonymised) {
}
