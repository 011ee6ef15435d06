package uk.interimexchange.domain.model.application;

import java.util.List;
import java.util.Optional;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

public interface ApplicationRepository {

    Optional<Application> find(long id);

    boolean exists(long associateId, long needId);

    /** Whether the associate has an application to a need of the organisation in one of {@code states}. */
    boolean anyAt(long associateId, long organisationId, java.util.Set<ApplicationState> states);

    /** The associate's applications still in progress, to withdraw when they leave the pool. */
    List<Application> liveForAssociate(long associateId);

    /** A need's applicants turned away only because someone else accepted: those who can be brought back. */
    List<Application> restorableForNeed(long needId);

    Page<Application> forNeed(long needId, PageRequest page);

    /** The applications to a need that are in one of {@code states}. */
    Page<Application> forNeed(long needId, java.util.Set<ApplicationState> states, PageRequest page);

    Page<Application> forAssociate(long associateId, PageRequest page);

    /** The associate's application for the need, if they made one (or were invited). */
    Optional<Application> forAssociateAndNeed(long associateId, long needId);

    /** Applications in a state across every need, oldest first: a coordinator's queue. */
    Page<Application> inState(ApplicationState state, PageRequest page);

    /** Interviews arranged from {@code from} (inclusive) to {@code to} (exclusive), soonest first. */
    List<Application> interviewsBetween(java.time.LocalDateTime from, java.time.LocalDateTime to);

    /** The other applications to the need still in progress, told the outcome when one is accepted. */
    List<Application> liveForNeedExcept(long needId, long applicationId);

    void store(Application application);
}
