package uk.interimexchange.domain.service.matching;

import uk.interimexchange.domain.model.shared.Check;

/**
 * How many points each factor of a candidate's fit is worth. Configuration, with defaults that sum to 100; skills
 * weigh most because a missing essential is what most often sinks a placement.
 */
public record Weights(int skills, int availability, int band, int region, int load) {

    public Weights {
        Check.that(skills >= 0 && availability >= 0 && band >= 0 && region >= 0 && load >= 0, "Matching weights cannot be negative.");
        Check.that(skills + availability + band + region + load > 0, "At least one matching weight must be above zero.");
    }

    public static Weights defaults() {
        return new Weights(50, 20, 10, 10, 10);
    }

    public int total() {
        return skills + availability + band + region + load;
    }
}
