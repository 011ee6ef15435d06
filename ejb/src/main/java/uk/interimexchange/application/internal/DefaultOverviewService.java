package uk.interimexchange.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import uk.interimexchange.application.OverviewService;
import uk.interimexchange.application.ProgrammeOverview;
import uk.interimexchange.domain.model.associate.AssociateRepository;
import uk.interimexchange.domain.model.associate.AssociateStatus;
import uk.interimexchange.domain.model.need.NeedRepository;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.placement.PlacementRepository;
import uk.interimexchange.domain.model.placement.PlacementState;

@Stateless
public class DefaultOverviewService implements OverviewService {

    @Inject
    NeedRepository needs;

    @Inject
    AssociateRepository associates;

    @Inject
    PlacementRepository placements;

    @Override
    @PermitAll
    public ProgrammeOverview overview() {
        return new ProgrammeOverview(needs.count(NeedState.OPEN), associates.count(AssociateStatus.ACTIVE),
                placements.count(PlacementState.ACTIVE));
    }
}
