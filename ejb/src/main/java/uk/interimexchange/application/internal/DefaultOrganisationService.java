package uk.interimexchange.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.application.OrganisationService;
import uk.interimexchange.application.Roles;
import uk.interimexchange.domain.model.organisation.Organisation;
import uk.interimexchange.domain.model.organisation.OrganisationRepository;
import uk.interimexchange.domain.model.organisation.OrganisationType;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

@Stateless
public class DefaultOrganisationService implements OrganisationService {

    static final String ENTITY = "Organisation";

    @Inject
    OrganisationRepository organisations;

    @Inject
    Transitions transitions;

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

    @Override
    @RolesAllowed({Roles.ADMIN})
    public Organisation register(String odsCode, String name, OrganisationType type, Region region) {
        Organisation organisation = new Organisation(odsCode, name, type, region);
        if (organisations.findByOdsCode(organisation.getOdsCode()).isPresent()) {
            throw new BusinessRuleException("An organisation with the ODS code " + organisation.getOdsCode() + " is already listed.");
        }
        organisations.store(organisation);
        transitions.recordSaved(ENTITY, organisation.getId(), "added", null, null, organisation.getName());
        return organisation;
    }

    @Override
    @RolesAllowed({Roles.ADMIN})
    public Organisation changeActive(long organisationId, boolean active) {
        Organisation organisation = find(organisationId);
        if (active) {
            organisation.reactivate();
        } else {
            organisation.deactivate();
        }
        transitions.record("organisation", ENTITY, organisationId, active ? "opened" : "closed", null, null, organisation.getName());
        return organisation;
    }
}
