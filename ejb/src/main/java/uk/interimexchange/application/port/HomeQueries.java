package uk.interimexchange.application.port;

import java.time.LocalDateTime;
import java.util.List;
import uk.interimexchange.application.ApplicationLine;
import uk.interimexchange.application.HomeView;
import uk.interimexchange.application.NeedLine;
import uk.interimexchange.domain.model.application.ApplicationState;
import uk.interimexchange.domain.model.need.NeedState;

/**
 * The home page's read model: each list and count in one statement, as projections (no entity, so nothing is loaded
 * lazily row by row). The caller's scope is the caller's to pass: an organisation for a host contact, an associate for an
 * associate, none for the programme team.
 */
public interface HomeQueries {

    /** Needs in {@code state}, of {@code organisationId} when given, oldest first. */
    List<NeedLine> needs(NeedState state, Long organisationId, int limit);

    /** Needs whose scoping document has a version issued for sign-off, of {@code organisationId} when given, longest waiting first. */
    List<NeedLine> scopesToSign(Long organisationId, int limit);

    /** Filled needs whose placement fell through, filled longest ago first. */
    List<NeedLine> fallenThrough(int limit);

    /** The associate's applications, newest first. */
    List<ApplicationLine> applicationsOf(long associateId, int limit);

    /** Applications in {@code state}, oldest first. */
    List<ApplicationLine> applications(ApplicationState state, int limit);

    /** Interviews arranged between the two times, soonest first. */
    List<ApplicationLine> interviewsBetween(LocalDateTime from, LocalDateTime to);

    /** The associate profile of an account: its id and status, without loading the profile. */
    java.util.Optional<ProfileStatus> profileOf(long accountId);

    /** Open needs in the programme. */
    long openNeeds();

    /** The coordinator's counts. */
    HomeView.WorkQueue workQueue();

    /** Host contacts waiting for approval. */
    long hostContactsWaiting();
}
