package uk.interimexchange.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.interimexchange.domain.model.application.Application;
import uk.interimexchange.domain.model.application.ApplicationRepository;
import uk.interimexchange.domain.model.application.ApplicationState;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

@ApplicationScoped
public class JpaApplicationRepository implements ApplicationRepository {

    private static final List<ApplicationState> LIVE = List.of(ApplicationState.INVITED, ApplicationState.SUBMITTED,
            ApplicationState.SHORTLISTED, ApplicationState.INTERVIEW, ApplicationState.OFFERED);

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Application> find(long id) {
        return Optional.ofNullable(em.find(Application.class, id));
    }

    @Override
    public boolean exists(long associateId, long needId) {
        return em.createQuery("select count(a) from Application a where a.associate.id = :associate and a.need.id = :need", Long.class)
                .setParameter("associate", associateId).setParameter("need", needId).getSingleResult() > 0;
    }

    @Override
    public boolean anyAt(long associateId, long organisationId, java.util.Set<ApplicationState> states) {
        return em.createQuery("select count(a) from Application a where a.associate.id = :associate"
                        + " and a.need.organisation.id = :organisation and a.state in :states", Long.class)
                .setParameter("associate", associateId).setParameter("organisation", organisationId).setParameter("states", states)
                .getSingleResult() > 0;
    }

    @Override
    public List<Application> liveForAssociate(long associateId) {
        return em.createQuery("select a from Application a where a.associate.id = :associate and a.state in :live order by a.id",
                        Application.class)
                .setParameter("associate", associateId).setParameter("live", java.util.EnumSet.range(ApplicationState.INVITED,
                        ApplicationState.OFFERED)).getResultList();
    }

    @Override
    public List<Application> restorableForNeed(long needId) {
        return em.createQuery("select a from Application a join fetch a.associate s join fetch s.account where a.need.id = :need"
                        + " and a.state = :unsuccessful and a.turnedAwayWhenFilled = true order by a.id", Application.class)
                .setParameter("need", needId).setParameter("unsuccessful", ApplicationState.UNSUCCESSFUL).getResultList();
    }

    @Override
    public Page<Application> forNeed(long needId, PageRequest page) {
        return Queries.page(em, "select a from Application a where a.need.id = :need order by a.id",
                "select count(a) from Application a where a.need.id = :need", Map.of("need", needId), Application.class, page);
    }

    @Override
    public Page<Application> forNeed(long needId, java.util.Set<ApplicationState> states, PageRequest page) {
        return Queries.page(em, "select a from Application a where a.need.id = :need and a.state in :states order by a.id",
                "select count(a) from Application a where a.need.id = :need and a.state in :states",
                Map.of("need", needId, "states", states), Application.class, page);
    }

    @Override
    public Optional<Application> forAssociateAndNeed(long associateId, long needId) {
        return Queries.first(em.createQuery("select a from Application a where a.associate.id = :associate and a.need.id = :need"
                + " order by a.id desc", Application.class).setParameter("associate", associateId).setParameter("need", needId));
    }

    @Override
    public Page<Application> forAssociate(long associateId, PageRequest page) {
        return Queries.page(em, "select a from Application a where a.associate.id = :associate order by a.id desc",
                "select count(a) from Application a where a.associate.id = :associate", Map.of("associate", associateId),
                Application.class, page);
    }

    @Override
    public Page<Application> inState(ApplicationState state, PageRequest page) {
        return Queries.page(em, "select a from Application a where a.state = :state order by a.id asc",
                "select count(a) from Application a where a.state = :state", Map.of("state", state), Application.class, page);
    }

    @Override
    public List<Application> interviewsBetween(java.time.LocalDateTime from, java.time.LocalDateTime to) {
        return em.createQuery("select a from Application a where a.state = :state and a.interviewAt >= :from and a.interviewAt < :to"
                        + " order by a.interviewAt", Application.class)
                .setParameter("state", ApplicationState.INTERVIEW).setParameter("from", from).setParameter("to", to)
                .setMaxResults(PageRequest.MAX_LIMIT).getResultList();
    }

    @Override
    public List<Application> liveForNeedExcept(long needId, long applicationId) {
        return em.createQuery("select a from Application a where a.need.id = :need and a.id <> :id and a.state in :live",
                        Application.class)
                .setParameter("need", needId).setParameter("id", applicationId).setParameter("live", LIVE).getResultList();
    }

    @Override
    public void store(Application application) {
        if (application.getId() == null) {
            em.persist(application);
            em.flush(); // identity ids are assigned on insert; callers audit with the id
        }
    }
}
