package uk.interimexchange.interfaces.web.lesson;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import uk.interimexchange.domain.model.lesson.LessonKind;
import uk.interimexchange.domain.model.lesson.LessonSort;
import uk.interimexchange.domain.model.organisation.OrganisationType;
import uk.interimexchange.domain.model.organisation.Region;

/** The fixed choices the lesson pages offer, for the library's filters and the writing form alike. */
@Named
@ApplicationScoped
public class LessonChoices {

    private static final List<LessonKind> KINDS = List.of(LessonKind.values());
    private static final List<OrganisationType> ORGANISATION_TYPES = List.of(OrganisationType.values());
    private static final List<Region> REGIONS = List.of(Region.values());
    private static final List<LessonSort> SORTS = List.of(LessonSort.values());

    public List<LessonKind> getKinds() {
        return KINDS;
    }

    public List<OrganisationType> getOrganisationTypes() {
        return ORGANISATION_TYPES;
    }

    public List<Region> getRegions() {
        return REGIONS;
    }

    public List<LessonSort> getSorts() {
        return SORTS;
    }
}
