package uk.interimexchange.application;

import uk.interimexchange.domain.model.organisation.Organisation;
import uk.interimexchange.domain.model.organisation.OrganisationType;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

/** The directory of NHS organisations, loaded from the ODS extract; public reference data. */
public interface OrganisationService {

    Organisation find(long organisationId);

    /** Organisations whose name or ODS code contains the words, by name; active ones only unless asked. */
    Page<Organisation> search(String words, Region region, boolean activeOnly, PageRequest page);

    /** An admin adds an organisation the directory extract does not hold yet. */
    Organisation register(String odsCode, String name, OrganisationType type, Region region);

    /** An admin closes an organisation to new needs and host contacts, or opens it again. */
    Organisation changeActive(long organisationId, boolean active);
}
