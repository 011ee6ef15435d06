package uk.interimexchange.application;

import java.util.Set;
import uk.interimexchange.domain.model.scoping.ScopingDocument;

/** A need's scoping document as its page shows it, with the steps the caller may take on it, read in one call. */
public record ScopingPageView(ScopingDocument document, Set<ScopingStep> steps) {

    public ScopingPageView {
        steps = Set.copyOf(steps);
    }

    public boolean can(ScopingStep step) {
        return steps.contains(step);
    }
}
