package uk.interimexchange.domain.model.placement;

import java.util.Optional;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

public interface PlacementRepository {

    Optional<Placement> find(long id);

    Optional<Placement> findByApplication(long applicationId);

    /** Placements, newest first, narrowed to an organisation or an associate when given. */
    Page<Placement> search(PlacementState state, Long organisationId, Long associateId, PageRequest page);

    long count(PlacementState state);

    void store(Placement placement);
}
