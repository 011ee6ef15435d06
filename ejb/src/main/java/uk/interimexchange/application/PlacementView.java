package uk.interimexchange.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.interimexchange.domain.model.audit.HistoryEntry;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.placement.PlacementParty;
import uk.interimexchange.domain.model.placement.PlacementSignOff;
import uk.interimexchange.domain.model.placement.PlacementState;
import uk.interimexchange.domain.model.scoping.SectionChange;

/**
 * One placement's page, read in one call: the placement, the steps the caller may take on it, what still stands
 * before it starts, what it is at risk of, the briefings, the scope in force with what changed from the version
 * before, and its history.
 *
 * @param signingAs          the party the caller signs as, while their signature is missing; null otherwise
 * @param changedFromVersion the version of the scope in force before the current one, or null if none was
 * @param daysDue            the days due by today, to set the days worked against
 * @param callerName         the name of the person looking, as their signatures and records show it
 * @param earlyStart         an early start one side has agreed and the other has not yet, or null
 */
public record PlacementView(Placement placement, Set<PlacementStep> steps, PlacementParty signingAs, List<SignOffLine> signOffs,
                            List<String> stillNeeded, List<String> risks, List<BriefingLine> briefings, List<String> toBrief,
                            List<String> toEmail, Integer changedFromVersion, List<SectionChange> scopeChanges, BigDecimal daysDue,
                            List<HistoryEntry> history, String callerName, EarlyStart earlyStart) {

    public PlacementView {
        steps = steps.isEmpty() ? Set.of() : Set.copyOf(steps);
        signOffs = List.copyOf(signOffs);
        stillNeeded = List.copyOf(stillNeeded);
        risks = List.copyOf(risks);
        briefings = List.copyOf(briefings);
        toBrief = List.copyOf(toBrief);
        toEmail = List.copyOf(toEmail);
        scopeChanges = List.copyOf(scopeChanges);
        history = List.copyOf(history);
    }

    public boolean can(PlacementStep step) {
        return steps.contains(step);
    }

    /** It has started: check-ins, the mid-point review and days worked belong to it. */
    public boolean started() {
        return placement.getState() == PlacementState.ACTIVE || closed();
    }

    /** Completed or ended early: what it achieved is recorded. */
    public boolean closed() {
        return placement.getState() == PlacementState.COMPLETED || placement.getState() == PlacementState.ENDED_EARLY;
    }

    /** A start earlier than agreed, on {@code on}, with who agreed it for each side so far (null while waiting). */
    public record EarlyStart(LocalDate on, String hostAgreedBy, String associateAgreedBy) {
    }

    /** One of the four sign-offs: who is to sign, and their signature once given (null while waiting). */
    public record SignOffLine(PlacementParty party, PlacementSignOff signOff) {
    }

    /**
     * A stakeholder to brief before the start, and where their briefing stands.
     *
     * @param sentAt    when the briefing was last emailed to them, or null
     * @param confirmed they confirmed it themselves through the emailed link (otherwise recorded by hand)
     */
    public record BriefingLine(String name, String role, String organisation, String email, Instant sentAt, LocalDate briefedOn,
                               String briefedBy, boolean confirmed) {
    }
}
