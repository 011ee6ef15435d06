package uk.interimexchange.application;

import java.util.List;
import java.util.Map;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.service.matching.Candidate;

/**
 * A need's candidates, best first, each with the parts of their score, one page of them with how many are eligible
 * in all; the applicants who cannot be put forward, with why; and how many of the pool were left out before scoring,
 * by reason. The ranking is exact: every eligible associate is scored, and the page is cut from the whole order.
 */
public record Ranking(long needId, String needTitle, Page<Candidate> ranked, List<Candidate> excludedApplicants,
                      Map<String, Long> leftOut) {

    public Ranking {
        excludedApplicants = List.copyOf(excludedApplicants);
        leftOut = Map.copyOf(leftOut);
    }
}
