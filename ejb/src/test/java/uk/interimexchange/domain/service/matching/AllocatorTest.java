package uk.interimexchange.domain.service.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.interimexchange.domain.service.matching.Allocator.Allocation;
import uk.interimexchange.domain.service.matching.Allocator.Option;
import uk.interimexchange.domain.service.matching.Allocator.Pairing;

class AllocatorTest {

    private final Allocator allocator = new Allocator();

    @Test
    void theBestTotalIsFoundWhereTakingTheBestPairFirstWouldNot() {
        // Greedy takes need 1 with A (10) and leaves need 2 with B (1): 11. The best is 1-B and 2-A: 17.
        List<Option> options = List.of(new Option(1, 100, 10), new Option(1, 200, 9), new Option(2, 100, 8), new Option(2, 200, 1));
        Allocation allocation = allocator.allocate(options, Map.of());
        assertEquals(17, allocation.totalScore());
        assertEquals(List.of(new Pairing(1, 200, 9), new Pairing(2, 100, 8)), allocation.pairings());
    }

    @Test
    void anAssociateWithRoomForTwoNeedsCanTakeBothButNoMore() {
        List<Option> options = List.of(new Option(1, 100, 50), new Option(2, 100, 40), new Option(3, 100, 30));
        assertEquals(90, allocator.allocate(options, Map.of(100L, 2)).totalScore());
        assertEquals(50, allocator.allocate(options, Map.of()).totalScore(), "one need each unless there is room for more");
        assertEquals(0, allocator.allocate(options, Map.of(100L, 0)).pairings().size(), "no room, no need");
    }

    @Test
    void onManyRandomInstancesTheResultIsTheBruteForceOptimumAndBreaksNoRule() {
        Random random = new Random(20261123);
        for (int instance = 0; instance < 400; instance++) {
            int needs = 1 + random.nextInt(4);
            int associates = 1 + random.nextInt(7); // often more associates than needs, so the pruning to each need's best is tried
            List<Option> options = new ArrayList<>();
            for (int n = 0; n < needs; n++) {
                for (int a = 0; a < associates; a++) {
                    if (random.nextInt(4) > 0) { // a quarter of pairs are excluded: no option at all
                        options.add(new Option(n, 1000 + a, random.nextInt(101)));
                    }
                }
            }
            Map<Long, Integer> capacities = new HashMap<>();
            for (int a = 0; a < associates; a++) {
                capacities.put(1000L + a, random.nextInt(3)); // 0, 1 or 2 more needs
            }
            // The second allocator tries each need's single best option first, so its proof of optimality is put to work.
            for (Allocator tried : List.of(allocator, new Allocator(1))) {
                Allocation allocation = tried.allocate(options, capacities);
                assertEquals(bruteForce(options, capacities, needs), allocation.totalScore(), "instance " + instance + ": " + options);
                assertRulesKept(allocation, options, capacities);
            }
        }
    }

    private static void assertRulesKept(Allocation allocation, List<Option> options, Map<Long, Integer> capacities) {
        Set<Long> needsFilled = new HashSet<>();
        Map<Long, Integer> taken = new HashMap<>();
        for (Pairing p : allocation.pairings()) {
            assertTrue(needsFilled.add(p.needId()), "one associate per need");
            assertTrue(options.contains(new Option(p.needId(), p.associateId(), p.score())), "never an excluded pair");
            taken.merge(p.associateId(), 1, Integer::sum);
        }
        taken.forEach((associate, count) -> assertTrue(count <= capacities.get(associate), "capacity honoured"));
    }

    /** Tries every way of giving each need one associate or none. */
    private static long bruteForce(List<Option> options, Map<Long, Integer> capacities, int needs) {
        return best(options, capacities, needs, 0, new HashMap<>());
    }

    private static long best(List<Option> options, Map<Long, Integer> capacities, int needs, int need, Map<Long, Integer> taken) {
        if (need == needs) {
            return 0;
        }
        long best = best(options, capacities, needs, need + 1, taken); // leave this need without anyone
        for (Option o : options) {
            if (o.needId() == need && taken.getOrDefault(o.associateId(), 0) < capacities.get(o.associateId())) {
                taken.merge(o.associateId(), 1, Integer::sum);
                best = Math.max(best, o.score() + best(options, capacities, needs, need + 1, taken));
                taken.merge(o.associateId(), -1, Integer::sum);
            }
        }
        return best;
    }
}
