package uk.interimexchange.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import uk.interimexchange.domain.service.matching.Allocator;
import uk.interimexchange.domain.service.matching.Candidate;
import uk.interimexchange.domain.service.matching.CandidateProfile;
import uk.interimexchange.domain.service.matching.NeedProfile;
import uk.interimexchange.domain.service.matching.Scorer;
import uk.interimexchange.domain.service.matching.Weights;

/**
 * Allocates 500 needs against 10,000 associates. The setup scores every pair (the eligible ones become options),
 * as the service does need by need; the benchmark is the allocation itself. Target: under 2 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class AllocationBenchmark {

    private List<Allocator.Option> options;
    private Map<Long, Integer> capacities;

    @Setup
    public void score() {
        List<CandidateProfile> pool = Pool.associates(10_000, 3);
        List<NeedProfile> needs = Pool.needs(500, 4);
        Scorer scorer = new Scorer(Weights.defaults());
        options = new ArrayList<>();
        for (NeedProfile need : needs) {
            for (CandidateProfile associate : pool) {
                Candidate candidate = scorer.score(need, associate);
                if (candidate.eligible()) {
                    options.add(new Allocator.Option(need.needId(), associate.associateId(), candidate.score()));
                }
            }
        }
        Random random = new Random(5);
        capacities = new HashMap<>();
        pool.forEach(a -> capacities.put(a.associateId(), 1 + random.nextInt(2)));
    }

    @Benchmark
    public Allocator.Allocation allocateFiveHundredNeeds() {
        return new Allocator().allocate(options, capacities);
    }
}
