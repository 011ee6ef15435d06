package uk.interimexchange.domain.service.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    private record NeedNode(long needId) {
    }

    private record Place(long associateId, int slot) {
    }

    /**
     * @param options    every eligible pairing with its score; pairings scoring zero add nothing and are left out
     * @param capacities how many more needs each associate can take; an associate not listed can take one
     */
    public Allocation allocate(List<Option> options, Map<Long, Integer> capacities) {
        SimpleWeightedGraph<Object, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Set<Object> needSide = new HashSet<>();
        Set<Object> associateSide = new HashSet<>();
        Map<DefaultWeightedEdge, Option> optionOf = new HashMap<>();
        for (Option option : options) {
            if (option.score() <= 0) {
                continue;
            }
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
        MatchingAlgorithm.Matching<Object, DefaultWeightedEdge> matching =
                new MaximumWeightBipartiteMatching<>(graph, needSide, associateSide).getMatching();
        List<Pairing> pairings = new ArrayList<>();
        long total = 0;
        for (DefaultWeightedEdge edge : matching.getEdges()) {
            Option option = optionOf.get(edge);
            pairings.add(new Pairing(option.needId(), option.associateId(), option.score()));
            total += option.score();
        }
        pairings.sort((a, b) -> Long.compare(a.needId(), b.needId()));
        return new Allocation(pairings, total);
    }
}
