package uk.interimexchange.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.interimexchange.application.ApplicationService;
import uk.interimexchange.application.CurrentUser;
import uk.interimexchange.application.Fit;
import uk.interimexchange.application.MatchingService;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.application.Ranking;
import uk.interimexchange.application.Roles;
import uk.interimexchange.domain.model.application.Application;
import uk.interimexchange.domain.model.application.ApplicationRepository;
import uk.interimexchange.domain.model.application.ApplicationState;
import uk.interimexchange.domain.model.associate.Associate;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.need.NeedFilter;
import uk.interimexchange.domain.model.need.NeedRepository;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.shared.Band;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;
import uk.interimexchange.domain.service.matching.Allocator;
import uk.interimexchange.domain.service.matching.Allocator.Allocation;
import uk.interimexchange.domain.service.matching.Allocator.Option;
import uk.interimexchange.domain.service.matching.Allocator.Pairing;
import uk.interimexchange.domain.service.matching.Candidate;
import uk.interimexchange.domain.service.matching.CandidatePool;
import uk.interimexchange.domain.service.matching.CandidateProfile;
import uk.interimexchange.domain.service.matching.NeedProfile;
import uk.interimexchange.domain.service.matching.Scorer;

@Stateless
public class DefaultMatchingService implements MatchingService {

    /** Days a week nobody is asked to give beyond. */
    private static final BigDecimal FULL_WEEK = BigDecimal.valueOf(5);

    @Inject
    CandidatePool pool;

    @Inject
    NeedRepository needs;

    @Inject
    ApplicationRepository applications;

    @Inject
    CurrentUser currentUser;

    @Inject
    Callers callers;

    @EJB
    ApplicationService applicationService;

    @Inject
    Fits fits;

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public Ranking rank(long needId, boolean appliedOnly, Region region, Band minimumBand, PageRequest page) {
        Guard.coordinator(currentUser.actor());
        NeedProfile need = pool.need(needId).orElseThrow(() -> new NotFoundException("need"));
        Scorer scorer = scorer();
        List<Candidate> ranked = pool.eligibleFor(need).stream().map(c -> scorer.score(need, c))
                .filter(Candidate::eligible) // the database filter already left most exclusions out
                .filter(c -> !appliedOnly || c.who().applied())
                .filter(c -> region == null || c.who().regions().contains(region))
                .filter(c -> minimumBand == null || c.who().band() != null && c.who().band().compareTo(minimumBand) >= 0)
                .sorted(Comparator.comparingInt(Candidate::score).reversed().thenComparing(c -> c.who().name()))
                .toList();
        PageRequest asked = page == null ? PageRequest.first(25) : page;
        Page<Candidate> shown = new Page<>(ranked.subList(Math.min(asked.offset(), ranked.size()),
                Math.min(asked.offset() + asked.limit(), ranked.size())), ranked.size(), asked.offset(), asked.limit());
        List<Candidate> excluded = pool.applicantsOf(need).stream().map(c -> scorer.score(need, c)).filter(c -> !c.eligible()).toList();
        return new Ranking(need.needId(), need.title(), shown, excluded, pool.leftOut(need));
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public Allocation proposeAllocation() {
        Guard.coordinator(currentUser.actor());
        Scorer scorer = scorer();
        List<Option> options = new ArrayList<>();
        Map<Long, BigDecimal> spare = new HashMap<>();
        Map<Long, BigDecimal> smallestAsk = new HashMap<>();
        for (Need shortlisting : needs.search(NeedFilter.all().withStates(Set.of(NeedState.SHORTLISTING)),
                PageRequest.first(PageRequest.MAX_LIMIT)).items()) {
            NeedProfile need = pool.need(shortlisting.getId()).orElse(null);
            if (need == null) {
                continue;
            }
            for (CandidateProfile profile : pool.eligibleFor(need)) {
                Candidate candidate = scorer.score(need, profile);
                if (candidate.eligible()) {
                    options.add(new Option(need.needId(), profile.associateId(), candidate.score()));
                    spare.putIfAbsent(profile.associateId(), FULL_WEEK.subtract(profile.committedDaysPerWeek()));
                    smallestAsk.merge(profile.associateId(), need.daysPerWeek(), BigDecimal::min);
                }
            }
        }
        // An associate can take as many more needs as their spare days a week hold of the smallest they are matched to.
        Map<Long, Integer> capacities = new HashMap<>();
        spare.forEach((associate, days) -> capacities.put(associate,
                days.signum() <= 0 ? 0 : days.divideToIntegralValue(smallestAsk.get(associate)).intValue()));
        return new Allocator().allocate(options, capacities);
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public int acceptAllocation(List<Pairing> chosen) {
        Guard.coordinator(currentUser.actor());
        int taken = 0;
        for (Pairing pairing : chosen) {
            Application existing = applications.forNeed(pairing.needId(), PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                    .filter(a -> a.getAssociate().getId() == pairing.associateId()).findFirst().orElse(null);
            if (existing == null) {
                applicationService.invite(pairing.associateId(), pairing.needId());
                taken++;
            } else if (existing.getState() == ApplicationState.SUBMITTED) {
                applicationService.shortlist(existing.getId());
                taken++;
            }
        }
        return taken;
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE})
    public List<Fit> needsThatFitMe(int limit) {
        return fits.forAssociate(callers.associate(currentUser.actor()).getId(), limit);
    }

    private Scorer scorer() {
        return fits.scorer();
    }
}
