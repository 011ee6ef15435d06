package uk.interimexchange.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.interimexchange.application.Fit;
import java.util.HashMap;
import uk.interimexchange.domain.model.need.NeedHeadline;
import uk.interimexchange.domain.model.need.NeedRepository;
import uk.interimexchange.domain.model.shared.PageRequest;
import uk.interimexchange.domain.service.matching.Candidate;
import uk.interimexchange.domain.service.matching.CandidatePool;
import uk.interimexchange.domain.service.matching.CandidateProfile;
import uk.interimexchange.domain.service.matching.NeedProfile;
import uk.interimexchange.domain.service.matching.Scorer;
import uk.interimexchange.domain.service.matching.Weights;

/**
 * The matching engine as the services use it: one scorer with the programme's weights, and the open needs that fit an
 * associate best, the same engine and weights that rank candidates for coordinators.
 */
@ApplicationScoped
class Fits {

    @Inject
    CandidatePool pool;

    @Inject
    NeedRepository needs;

    @Inject
    @ConfigProperty(name = "matching.weight.skills", defaultValue = "50")
    int skillsWeight;

    @Inject
    @ConfigProperty(name = "matching.weight.availability", defaultValue = "20")
    int availabilityWeight;

    @Inject
    @ConfigProperty(name = "matching.weight.band", defaultValue = "10")
    int bandWeight;

    @Inject
    @ConfigProperty(name = "matching.weight.region", defaultValue = "10")
    int regionWeight;

    @Inject
    @ConfigProperty(name = "matching.weight.load", defaultValue = "10")
    int loadWeight;

    Scorer scorer() {
        return new Scorer(new Weights(skillsWeight, availabilityWeight, bandWeight, regionWeight, loadWeight));
    }

    /**
     * The open needs that fit the associate best, best first: the fitting needs, their profiles and the associate's own
     * facts are each read once, so this takes a few statements however many needs fit.
     */
    List<Fit> forAssociate(long associateId, int limit) {
        Scorer scorer = scorer();
        List<NeedProfile> fitting = pool.needs(needs.openFittingFor(associateId, PageRequest.MAX_LIMIT));
        Map<Long, CandidateProfile> asCandidate = pool.associateFor(fitting, associateId);
        record Scored(long needId, Candidate candidate) {
        }
        List<Scored> best = fitting.stream().map(need -> new Scored(need.needId(), scorer.score(need, asCandidate.get(need.needId()))))
                .filter(s -> s.candidate().eligible()).sorted(Comparator.comparingInt((Scored s) -> s.candidate().score()).reversed())
                .limit(Math.max(0, limit)).toList();
        Map<Long, NeedHeadline> headlines = new HashMap<>();
        needs.headlines(best.stream().map(Scored::needId).toList()).forEach(h -> headlines.put(h.id(), h));
        List<Fit> fits = new ArrayList<>();
        for (Scored scored : best) {
            NeedHeadline need = headlines.get(scored.needId());
            fits.add(new Fit(need.id(), need.title(), need.organisation(), need.applyBy(), scored.candidate()));
        }
        return fits;
    }
}
