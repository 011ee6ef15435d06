package uk.interimexchange.benchmarks;

import java.util.Comparator;
import java.util.List;
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
import uk.interimexchange.domain.service.matching.Candidate;
import uk.interimexchange.domain.service.matching.CandidateProfile;
import uk.interimexchange.domain.service.matching.NeedProfile;
import uk.interimexchange.domain.service.matching.Scorer;
import uk.interimexchange.domain.service.matching.Weights;

/** Ranks 10,000 associates for one need: score every one, keep the eligible, best first. Target: median under 50 ms. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RankingBenchmark {

    private final Scorer scorer = new Scorer(Weights.defaults());
    private List<CandidateProfile> pool;
    private NeedProfile need;

    @Setup
    public void generate() {
        pool = Pool.associates(10_000, 1);
        need = Pool.needs(1, 2).get(0);
    }

    @Benchmark
    public List<Candidate> rankTenThousand() {
        return pool.stream().map(c -> scorer.score(need, c)).filter(Candidate::eligible)
                .sorted(Comparator.comparingInt(Candidate::score).reversed()).toList();
    }
}
