package uk.interimexchange.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.List;
import uk.interimexchange.application.ApplicationLine;
import uk.interimexchange.application.HomeView;
import uk.interimexchange.application.NeedLine;
import uk.interimexchange.application.port.HomeQueries;
import uk.interimexchange.application.port.ProfileStatus;
import uk.interimexchange.domain.model.account.AccountStatus;
import uk.interimexchange.domain.model.application.ApplicationState;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.placement.PlacementState;
import uk.interimexchange.domain.model.scoping.ScopingVersionStatus;

/** The home page's lists and counts as JPQL constructor expressions: one statement each, nothing loaded row by row. */
@ApplicationScoped
public class JpaHomeQueries implements HomeQueries {

    private static final String NEED_LINE = "select new uk.interimexchange.application.NeedLine(n.id, n.title, o.name, n.stateReason)";

    private static final String APPLICATION_LINE = "select new uk.interimexchange.application.ApplicationLine(a.id, u.fullName, n.title,"
            + " o.name, a.state, a.interviewAt) from Application a join a.associate s join s.account u join a.need n join n.organisation o";

    @PersistenceContext
    EntityManager em;

    @Override
    public List<NeedLine> needs(NeedState state, Long organisationId, int limit) {
        TypedQuery<NeedLine> query = em.createQuery(NEED_LINE + " from Need n join n.organisation o where n.state = :state"
                + (organisationId == null ? "" : " and o.id = :organisation") + " order by n.createdAt desc, n.id desc", NeedLine.class)
                .setParameter("state", state);
        if (organisationId != null) {
            query.setParameter("organisation", organisationId);
        }
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public List<NeedLine> scopesToSign(Long organisationId, int limit) {
        TypedQuery<NeedLine> query = em.createQuery(NEED_LINE + " from ScopingVersion v join v.document d join d.need n join n.organisation o"
                + " where v.status = :issued" + (organisationId == null ? "" : " and o.id = :organisation") + " order by v.issuedAt, n.id",
                NeedLine.class).setParameter("issued", ScopingVersionStatus.ISSUED);
        if (organisationId != null) {
            query.setParameter("organisation", organisationId);
        }
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public List<NeedLine> fallenThrough(int limit) {
        return em.createQuery(NEED_LINE + " from Need n join n.organisation o where n.state = :filled and not exists"
                        + " (select p.id from Placement p where p.need = n and p.state <> :cancelled) order by n.filledAt, n.id", NeedLine.class)
                .setParameter("filled", NeedState.FILLED).setParameter("cancelled", PlacementState.CANCELLED)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<ApplicationLine> applicationsOf(long associateId, int limit) {
        return em.createQuery(APPLICATION_LINE + " where s.id = :associate order by a.id desc", ApplicationLine.class)
                .setParameter("associate", associateId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<ApplicationLine> applications(ApplicationState state, int limit) {
        return em.createQuery(APPLICATION_LINE + " where a.state = :state order by a.id", ApplicationLine.class)
                .setParameter("state", state).setMaxResults(limit).getResultList();
    }

    @Override
    public List<ApplicationLine> interviewsBetween(LocalDateTime from, LocalDateTime to) {
        return em.createQuery(APPLICATION_LINE + " where a.state = :state and a.interviewAt >= :from and a.interviewAt < :to"
                        + " order by a.interviewAt", ApplicationLine.class)
                .setParameter("state", ApplicationState.INTERVIEW).setParameter("from", from).setParameter("to", to)
                .setMaxResults(100).getResultList();
    }

    @Override
    public java.util.Optional<ProfileStatus> profileOf(long accountId) {
        return em.createQuery("select new uk.interimexchange.application.port.ProfileStatus(a.id, a.status) from Associate a"
                + " where a.account.id = :account", ProfileStatus.class).setParameter("account", accountId).getResultStream().findFirst();
    }

    @Override
    public long openNeeds() {
        return em.createQuery("select count(n) from Need n where n.state = :open", Long.class).setParameter("open", NeedState.OPEN)
                .getSingleResult();
    }

    @Override
    public HomeView.WorkQueue workQueue() {
        Object[] counts = (Object[]) em.createNativeQuery("select"
                + " (select count(*) from need where state = 'SUBMITTED'),"
                + " (select count(*) from application where state = 'SUBMITTED'),"
                + " (select count(*) from placement where state = 'PROPOSED'),"
                + " (select count(*) from need n where n.state = 'FILLED'"
                + "    and not exists (select 1 from placement p where p.need_id = n.id and p.state <> 'CANCELLED')),"
                + " (select count(*) from lesson where state = 'SUBMITTED')").getSingleResult();
        return new HomeView.WorkQueue(number(counts[0]), number(counts[1]), number(counts[2]), number(counts[3]), number(counts[4]));
    }

    @Override
    public long hostContactsWaiting() {
        return em.createQuery("select count(u) from UserAccount u where u.status = :waiting", Long.class)
                .setParameter("waiting", AccountStatus.PENDING_APPROVAL).getSingleResult();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
