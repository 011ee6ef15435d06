package uk.interimexchange.application;

import java.util.List;
import java.util.Set;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.application.Application;
import uk.interimexchange.domain.model.audit.HistoryEntry;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.scoping.ScopingVersion;

/**
 * One need's page, read in one call: the need, the steps the caller may take on it, and what they may see of it.
 *
 * @param missing          what a draft still lacks before it can be sent
 * @param applicants       the applicants the caller may see (all for the programme, the shortlist on for the host)
 * @param agreedScope      the scope agreed when it was published, or null before that
 * @param reopening        whether a coordinator may reopen it after its placement fell through, and whom to restore
 * @param sponsorChoices   the host contacts the sponsor's role can be handed to; empty when it cannot be
 * @param myApplicationId  the caller's own application for it, or null
 */
public record NeedPageView(Need need, Set<NeedStep> steps, List<String> missing, List<HistoryEntry> history,
                           List<Application> applicants, ScopingVersion agreedScope, NeedReopening reopening,
                           List<UserAccount> sponsorChoices, Long myApplicationId) {

    public NeedPageView {
        steps = Set.copyOf(steps);
        missing = List.copyOf(missing);
        history = List.copyOf(history);
        applicants = List.copyOf(applicants);
        sponsorChoices = List.copyOf(sponsorChoices);
    }

    public boolean can(NeedStep step) {
        return steps.contains(step);
    }
}
