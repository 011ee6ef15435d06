package uk.interimexchange.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.application.OrganisationService;
import uk.interimexchange.domain.model.organisation.Organisation;
import uk.interimexchange.domain.model.organisation.OrganisationRepository;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

@Stateless
public class DefaultOrganisationService implements OrganisationService {

    @Inject
    OrganisationRepository organisations;

    @Override
    @PermitAll
    public Organisation find(long organisationId) {
        return organisations.find(organisationId).orElseThrow(() -> new NotFoundException("organisation"));
    }

    @Override
    @PermitAll
    public Page<Organisation> search(String words, Region region, boolean activeOnly, PageRequest page) {
        return organisations.search(words, region, activeOnly, page);
    }
}
