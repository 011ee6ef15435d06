package uk.interimexchange.application;

import java.util.List;
import java.util.Map;
import uk.interimexchange.domain.service.matching.Candidate;

/**
 * A need's candidates, best first, each with the parts of their score; the applicants who cannot be put forward,
 * with why; and how many of the pool were left out before scoring, by reason.
 */
public record Ranking(long needId, String needTitle, List<Candidate> ranked, List<Candidate> excludedApplicants,
                      Map<String, Long> leftOut) {

    public Ranking {
        ranked = List.copyOf(ranked);
        excludedApplicants = List.copyOf(excludedApplicants);
        leftOut = Map.copyOf(leftOut);
    }
}
