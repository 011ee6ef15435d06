package uk.interimexchange.domain.model.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

public interface PlacementRepository {

    Optional<Placement> find(long id);

    Optional<Placement> findByApplication(long applicationId);

    /** Placements, newest first, narrowed to an organisation or an associate when given. */
    Page<Placement> search(PlacementState state, Long organisationId, Long associateId, PageRequest page);

    long count(PlacementState state);

    /** Active placements whose latest check-in reports a deliverable at risk. */
    Page<Placement> atRisk(PageRequest page);

    /** Days worked at hosts, as checked in, on dates from {@code from} to {@code to} inclusive. */
    BigDecimal daysWorkedBetween(LocalDate from, LocalDate to);

    /** The ids of the placements in any of these states, for the reminder rounds (each then read in its own transaction). */
    List<Long> idsInStates(Set<PlacementState> states);

    void store(Placement placement);
}
