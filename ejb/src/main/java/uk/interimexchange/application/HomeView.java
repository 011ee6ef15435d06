package uk.interimexchange.application;

import java.util.List;
import uk.interimexchange.domain.model.placement.PlacementSummary;
import uk.interimexchange.domain.model.shared.Page;

/**
 * Everything the home page shows, one part per role the caller holds (null for a role they do not), made for it by
 * {@link HomeService#home()}: lists are short (the oldest or newest few) with their totals where the page gives one.
 */
public record HomeView(AssociatePart associate, HostPart host, CoordinatorPart coordinator, AccountsPart accounts) {

    /** An associate's offers to answer, applications, open needs that fit them and placements. */
    public record AssociatePart(List<ApplicationLine> offers, List<ApplicationLine> applications, long openNeeds, List<Fit> fits,
                                boolean profileMissing, List<PlacementSummary> placements) {
    }

    /** A host contact's drafts to send, scopes to sign, needs being scoped and their organisation's placements. */
    public record HostPart(List<NeedLine> toSend, List<NeedLine> scopesToSign, List<NeedLine> inScoping, List<PlacementSummary> placements) {
    }

    /** A coordinator's work queue, each list with the count the page links to its whole list. */
    public record CoordinatorPart(WorkQueue counts, List<NeedLine> toTriage, List<NeedLine> scopesToSign, List<ApplicationLine> toReview,
                                  List<ApplicationLine> interviews, Page<PlacementSummary> atRisk, List<PlacementSummary> awaitingSignOff,
                                  List<NeedLine> fallenThrough, List<NeedLine> inScoping) {
    }

    /** For coordinators and administrators: host contacts waiting for approval; an administrator also manages accounts. */
    public record AccountsPart(long hostContactsWaiting, boolean manageAccounts) {
    }

    /** The coordinator's counts, read together in one query. */
    public record WorkQueue(long needsToTriage, long applicationsToReview, long placementsAwaitingSignOff, long needsFallenThrough,
                            long lessonsToModerate) {
    }
}
