package uk.interimexchange.application;

import java.util.List;
import java.util.Set;
import uk.interimexchange.domain.model.application.Application;
import uk.interimexchange.domain.model.audit.HistoryEntry;

/** One application's page, read in one call: the application, its history and the steps the caller may take on it. */
public record ApplicationPageView(Application application, List<HistoryEntry> history, Set<ApplicationStep> steps) {

    public ApplicationPageView {
        history = List.copyOf(history);
        steps = Set.copyOf(steps);
    }

    public boolean can(ApplicationStep step) {
        return steps.contains(step);
    }
}
