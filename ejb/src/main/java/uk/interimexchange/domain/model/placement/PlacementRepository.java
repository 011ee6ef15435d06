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

    /** The placement with the people, need, scope and application it refers to, read together to show it. */
    Optional<Placement> findToShow(long id);

    Optional<Placement> findByApplication(long applicationId);

    /** Placements, newest first, narrowed to an organisation or an associate when given. */
    Page<Placement> search(PlacementState state, Long organisationId, Long associateId, PageRequest page);

    long count(PlacementState state);

    /**
     * Placements as a list shows them, newest start first, narrowed as the search says; "at risk only" finds exactly
     * those {@link PlacementRisk} calls at risk on {@code today}.
     */
    Page<PlacementSummary> summaries(PlacementSearch search, LocalDate today, PageRequest page);

    /** An associate's placements, latest first: their assignment history. */
    List<Placement> ofAssociate(long associateId);

    /** A need's placements still in play (proposed, agreed or active): those a newly agreed scope reaches. */
    List<Placement> liveForNeed(long needId);

    /** Every placement made for a need, in any state (a need has few). */
    List<Placement> ofNeed(long needId);

    /** Whether a need has a placement that has not fallen through (any state but cancelled). */
    boolean anyStandingForNeed(long needId);

    /** Whether the associate has a placement still in play. */
    boolean anyLiveForAssociate(long associateId);

    Optional<BriefingInvitation> invitation(long invitationId);

    /** Days worked at hosts, as checked in, on dates from {@code from} to {@code to} inclusive. */
    BigDecimal daysWorkedBetween(LocalDate from, LocalDate to);

    /** The ids of the placements in any of these states, for the reminder rounds (each then read in its own transaction). */
    List<Long> idsInStates(Set<PlacementState> states);

    /** The ids of placements closed before {@code cutoff} whose personal detail is still held, oldest first. */
    List<Long> closedBeforeWithPersonalDetail(java.time.Instant cutoff, int max);

    void store(Placement placement);
}
