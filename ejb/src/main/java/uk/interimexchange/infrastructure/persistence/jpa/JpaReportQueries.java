package uk.interimexchange.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import uk.interimexchange.application.port.ReportQueries;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.placement.ObjectiveOutcome;
import uk.interimexchange.domain.model.placement.PlacementState;

/** The commissioners' report as grouped JPQL: one statement a figure. */
@ApplicationScoped
public class JpaReportQueries implements ReportQueries {

    private static final EnumSet<PlacementState> CLOSED = EnumSet.of(PlacementState.COMPLETED, PlacementState.ENDED_EARLY);

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Count> needsReceived(Instant from, Instant to) {
        return em.createQuery("select n.organisation.region, count(n) from Need n where n.submittedAt >= :from and n.submittedAt < :to"
                        + " group by n.organisation.region", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(row -> new Count((Region) row[0], ((Number) row[1]).longValue())).toList();
    }

    @Override
    public List<Fill> needsFilled(Instant from, Instant to) {
        return em.createQuery("select n.organisation.region, n.submittedAt, n.filledAt from Need n where " + JpaNeedRepository.FILLED
                        + " and n.filledAt >= :from and n.filledAt < :to", Object[].class)
                .setParameter("wentAhead", JpaNeedRepository.WENT_AHEAD).setParameter("from", from).setParameter("to", to)
                .getResultList().stream()
                .map(row -> new Fill((Region) row[0], Duration.between((Instant) row[1], (Instant) row[2]).toDays())).toList();
    }

    @Override
    public List<Days> daysLent(LocalDate first, LocalDate last) {
        return em.createQuery("select c.placement.organisation.region, sum(c.daysWorked) from CheckIn c where c.date between :first and :last"
                        + " group by c.placement.organisation.region", Object[].class)
                .setParameter("first", first).setParameter("last", last).getResultList().stream()
                .map(row -> new Days((Region) row[0], (BigDecimal) row[1])).toList();
    }

    @Override
    public List<Outcomes> objectiveOutcomes(Instant from, Instant to) {
        return em.createQuery("select p.organisation.region, r.outcome, count(r) from Placement p join p.objectiveResults r"
                        + " where p.state in :closed and p.closedAt >= :from and p.closedAt < :to group by p.organisation.region, r.outcome",
                        Object[].class)
                .setParameter("closed", CLOSED).setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(row -> new Outcomes((Region) row[0], (ObjectiveOutcome) row[1], ((Number) row[2]).longValue())).toList();
    }

    @Override
    public List<Ratings> ratings(Instant from, Instant to) {
        return em.createQuery("select p.organisation.region, sum(p.hostRating), count(p.hostRating), sum(p.associateRating),"
                        + " count(p.associateRating) from Placement p where p.state in :closed and p.closedAt >= :from and p.closedAt < :to"
                        + " group by p.organisation.region", Object[].class)
                .setParameter("closed", CLOSED).setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(row -> new Ratings((Region) row[0], number(row[1]), number(row[2]), number(row[3]), number(row[4]))).toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
