package uk.interimexchange.domain.service.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The allocation across needs that maximises total fit: one associate per need, no associate given more needs
 * than their capacity, nobody put where they are excluded. JGraphT's maximum-weight bipartite matching does
 * the work; an associate with room for two needs stands as two places on their side of the graph.
 */
public final class Allocator {

    /** A pairing the allocation may use: an eligible associate's score for a need. */
    public record Option(long needId, long associateId, int score) {
    }

    /** One need's allocated associate. */
    public record Pairing(long needId, long associateId, int score) {
    }

    /** What the allocation proposes, and its total fit. */
    public record Allocation(List<Pairing> pairings, long totalScore) {

        public Allocation {
            pairings = List.copyOf(pairings);
        }
    }

    /** Each need's {@code k} best options. */
    private static List<Option> best(List<Option> options, int k) {
        Map<Long, PriorityQueue<Option>> byNeed = new HashMap<>();
        for (Option option : options) {
            PriorityQueue<Option> kept = byNeed.computeIfAbsent(option.needId(),
                    n -> new PriorityQueue<>(Comparator.comparingInt(Option::score)));
            if (kept.size() < k) {
                kept.add(option);
            } else if (kept.peek().score() < option.score()) {
                kept.poll();
                kept.add(option);
            }
        }
        List<Option> best = new ArrayList<>();
        byNeed.values().forEach(best::addAll);
        return best;
    }

    private record NeedNode(long needId) {
    }

    private record Place(long associateId, int slot) {
    }

    /** Each need's best few options are tried first; more only if the answer cannot be shown to be the best. */
    private static final int FIRST_TRY = 16;

    private final int firstTry;

    public Allocator() {
        this(FIRST_TRY);
    }

    /** For tests: how many of each need's best options the first try takes. */
    Allocator(int firstTry) {
        this.firstTry = Math.max(1, firstTry);
    }

    /**
     * Solves on each need's best {@code k} options, then proves the answer optimal for all of them with the
     * matching's vertex potentials (a feasible dual that no left-out option exceeds means no left-out option could
     * improve it); if any could, {@code k} doubles. With {@code k} at the number of needs it is exact outright.
     *
     * @param options    every eligible pairing with its score; pairings scoring zero add nothing and are left out
     * @param capacities how many more needs each associate can take; an associate not listed can take one
     */
    public Allocation allocate(List<Option> options, Map<Long, Integer> capacities) {
        List<Option> usable = options.stream()
                .filter(o -> o.score() > 0 && capacities.getOrDefault(o.associateId(), 1) > 0).toList();
        long needs = usable.stream().mapToLong(Option::needId).distinct().count();
        int k = (int) Math.min(needs, firstTry);
        while (true) {
            Solved solved = solve(best(usable, k), capacities);
            if (k >= needs || solved.provesOptimal(usable)) {
                return solved.allocation();
            }
            k = (int) Math.min(needs, 2L * k);
        }
    }

    private record Solved(Allocation allocation, Map<Long, Double> needPotential, Map<Long, Double> associatePotential) {

        /** No option satisfies score > u(need) + v(associate): the dual stays feasible, so the matching is optimal. */
        boolean provesOptimal(List<Option> options) {
            for (Option o : options) {
                double bound = needPotential.getOrDefault(o.needId(), 0.0) + associatePotential.getOrDefault(o.associateId(), 0.0);
                if (o.score() > bound + 1e-9) {
                    return false;
                }
            }
            return true;
        }
    }

    private Solved solve(List<Option> options, Map<Long, Integer> capacities) {
        SimpleWeightedGraph<Object, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Set<Object> needSide = new HashSet<>();
        Set<Object> associateSide = new HashSet<>();
        Map<DefaultWeightedEdge, Option> optionOf = new HashMap<>();
        for (Option option : options) {
            NeedNode need = new NeedNode(option.needId());
            if (needSide.add(need)) {
                graph.addVertex(need);
            }
            int capacity = Math.max(0, capacities.getOrDefault(option.associateId(), 1));
            for (int slot = 0; slot < capacity; slot++) {
                Place place = new Place(option.associateId(), slot);
                if (associateSide.add(place)) {
                    graph.addVertex(place);
                }
                DefaultWeightedEdge edge = graph.addEdge(need, place);
                if (edge != null) {
                    graph.setEdgeWeight(edge, option.score());
                    optionOf.put(edge, option);
                }
            }
        }
        MaximumWeightBipartiteMatching<Object, DefaultWeightedEdge> algorithm =
                new MaximumWeightBipartiteMatching<>(graph, needSide, associateSide);
        MatchingAlgorithm.Matching<Object, DefaultWeightedEdge> matching = algorithm.getMatching();
        List<Pairing> pairings = new ArrayList<>();
        long total = 0;
        for (DefaultWeightedEdge edge : matching.getEdges()) {
            Option option = optionOf.get(edge);
            pairings.add(new Pairing(option.needId(), option.associateId(), option.score()));
            total += option.score();
        }
        pairings.sort((a, b) -> Long.compare(a.needId(), b.needId()));
        Map<Long, Double> needPotential = new HashMap<>();
        Map<Long, Double> associatePotential = new HashMap<>();
        algorithm.getPotentials().forEach((vertex, potential) -> {
            if (vertex instanceof NeedNode need) {
                needPotential.put(need.needId(), potential.doubleValue());
            } else if (vertex instanceof Place place) {
                associatePotential.merge(place.associateId(), potential.doubleValue(), Math::min); // every place must hold
            }
        });
        return new Solved(new Allocation(pairings, total), needPotential, associatePotential);
    }
}
