package uk.interimexchange.application.internal;

import java.util.Set;

/** How a page's view collects the steps its caller may take: each step with the rule that allows it. */
final class Steps {

    private Steps() {
    }

    static <E extends Enum<E>> void allow(Set<E> steps, E step, boolean allowed) {
        if (allowed) {
            steps.add(step);
        }
    }
}
