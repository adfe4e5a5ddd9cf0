package roadmap.recsys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import roadmap.linalg.LowRank;
import roadmap.linalg.Matrices;
import roadmap.linalg.Svd;

class RecsysTest {

    private static SyntheticRatings.Settings settings(double noise, double density, double skew) {
        return new SyntheticRatings.Settings(120, 80, 3, 0.6, 3.5, 0.3, 0.4, noise, density, skew, 0.0);
    }

    @Test
    void ratingsSplitPartitionsAndGroups() {
        Ratings r = SyntheticRatings.generate(settings(0.5, 0.2, 0), 1).observed();
        Ratings.Split split = r.split(0.25, 2);
        assertEquals(r.size(), split.train().size() + split.test().size());
        assertEquals(Math.round(0.25 * r.size()), split.test().size());
        Set<Long> pairs = new HashSet<>();
        for (Ratings part : new Ratings[] {split.train(), split.test()}) {
            for (int k = 0; k < part.size(); k++) {
                assertTrue(pairs.add((long) part.user(k) * r.items() + part.item(k)));
            }
        }
        int[][] byUser = r.byUser();
        assertEquals(r.size(), Arrays.stream(byUser).mapToInt(a -> a.length).sum());
        assertArrayEquals(Arrays.stream(byUser).mapToInt(a -> a.length).toArray(), r.userCounts());
        for (int k : byUser[5]) {
            assertEquals(5, r.user(k));
        }
        assertThrows(IllegalArgumentException.class,
                () -> Ratings.of(2, 2, new int[] {0, 0}, new int[] {1, 1}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class,
                () -> Ratings.of(2, 2, new int[] {0}, new int[] {2}, new double[] {1}));
    }

    @Test
    void syntheticRatingsHaveTheRequestedDensitySkewAndRank() {
        SyntheticRatings data = SyntheticRatings.generate(settings(0.5, 0.1, 0.8), 3);
        double density = data.observed().size() / (120.0 * 80);
        assertEquals(0.1, density, 0.01);
        int[] counts = data.observed().itemCounts();
        assertTrue(counts[0] > 4 * counts[79], "popular items are rated far more often");
        SyntheticRatings.Settings active = new SyntheticRatings.Settings(400, 80, 3, 0.6, 3.5, 0.3, 0.4, 0.5,
                0.1, 0.0, 1.0);
        int[] perUser = SyntheticRatings.generate(active, 4).observed().userCounts();
        int[] sorted = Arrays.stream(perUser).sorted().toArray();
        assertTrue(sorted[360] > 4 * Math.max(1, sorted[40]), "activity spread: " + sorted[40] + " vs " + sorted[360]);
        // truth − (row means + column means − grand mean) has rank 3 at most: the 4th singular value is 0
        double[][] t = data.truth();
        double[] rowMean = Arrays.stream(t).mapToDouble(row -> Arrays.stream(row).average().orElseThrow())
                .toArray();
        double[] colMean = Matrices.columnMeans(t);
        double grand = Arrays.stream(rowMean).average().orElseThrow();
        double[][] centred = new double[120][80];
        for (int u = 0; u < 120; u++) {
            for (int i = 0; i < 80; i++) {
                centred[u][i] = t[u][i] - rowMean[u] - colMean[i] + grand;
            }
        }
        double[] s = Svd.of(centred).s();
        assertTrue(s[2] > 1.0 && s[3] < 1e-9, "singular values " + Arrays.toString(Arrays.copyOf(s, 5)));
    }

    @Test
    void alsOnAFullMatrixWithoutRegularisationReachesTheTruncatedSvd() {
        SyntheticRatings data = SyntheticRatings.generate(settings(0.5, 1.0, 0), 4);
        Ratings full = data.observed();
        assertEquals(120 * 80, full.size());
        double[][] m = new double[120][80];
        for (int k = 0; k < full.size(); k++) {
            m[full.user(k)][full.item(k)] = full.value(k);
        }
        for (int rank : new int[] {1, 3, 5}) {
            FactorModel als = Als.fit(full, rank, 0.0, 200, 5);
            double alsError = Matrices.frobeniusNorm(Matrices.subtract(m, als.matrix()));
            assertEquals(LowRank.error(m, rank), alsError, 1e-6 * alsError, "rank " + rank);
        }
    }

    @Test
    void alsNeverIncreasesItsObjectiveAndRecoversALowRankTruth() {
        SyntheticRatings data = SyntheticRatings.generate(settings(0.0, 0.3, 0), 6);
        Ratings train = data.observed();
        BiasBaseline base = BiasBaseline.fit(train, 0.0, 20);
        Ratings residual = base.residuals(train);
        double previous = Double.POSITIVE_INFINITY;
        double[][] q = Als.fit(residual, 3, 0.01, 1, 7).itemFactors();
        for (int s = 0; s < 30; s++) {
            double[][] p = Als.solveUsers(residual, q, 0.01);
            double mid = new FactorModel(p, q).objective(residual, 0.01);
            q = Als.solveItems(residual, p, 0.01);
            double after = new FactorModel(p, q).objective(residual, 0.01);
            assertTrue(mid <= previous + 1e-9 && after <= mid + 1e-9, "sweep " + s);
            previous = after;
        }
        // the truth minus fitted biases is rank 3 plus a row and a column effect (the biases' errors):
        // rank 3 + 2 represents it exactly
        FactorModel model = Als.fit(residual, 5, 1e-6, 300, 7);
        double[][] predicted = Matrices.copy(base.matrix());
        double[][] mf = model.matrix();
        for (int u = 0; u < predicted.length; u++) {
            for (int i = 0; i < predicted[u].length; i++) {
                predicted[u][i] += mf[u][i];
            }
        }
        assertTrue(data.rmseAgainstTruth(predicted) < 0.02, "RMSE vs truth " + data.rmseAgainstTruth(predicted));
        assertTrue(data.rmseAgainstTruth(base.matrix()) > 0.3);
    }

    @Test
    void biasBaselineRecoversExactBiases() {
        double[][] m = new double[30][20];
        Random rng = new Random(8);
        double[] bu = rng.doubles(30, -1, 1).toArray();
        double[] bi = rng.doubles(20, -1, 1).toArray();
        for (int u = 0; u < 30; u++) {
            for (int i = 0; i < 20; i++) {
                m[u][i] = 3 + bu[u] + bi[i];
            }
        }
        Ratings all = Ratings.dense(m);
        assertEquals(0.0, BiasBaseline.fit(all, 0.0, 30).rmse(all), 1e-9);
        double sd = Math.sqrt(Arrays.stream(all.values()).map(v -> (v - all.mean()) * (v - all.mean())).sum()
                / all.size());
        assertEquals(sd, BiasBaseline.globalMean(all).rmse(all), 1e-12);
    }

    @Test
    void topNMetricsOnAWorkedExample() {
        int[] ranked = {0, 1, 2, 3, 4};
        Set<Integer> relevant = Set.of(0, 2, 7);
        assertEquals(2.0 / 3, TopN.precision(ranked, relevant, 3), 1e-15);
        assertEquals(2.0 / 3, TopN.recall(ranked, relevant, 3), 1e-15);
        double dcg = 1 + 1 / (Math.log(4) / Math.log(2));
        double idcg = 1 + 1 / (Math.log(3) / Math.log(2)) + 1 / (Math.log(4) / Math.log(2));
        assertEquals(dcg / idcg, TopN.ndcg(ranked, relevant, 3), 1e-15);
        assertEquals(1.0, TopN.ndcg(new int[] {7, 2, 0}, relevant, 3), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> TopN.recall(ranked, Set.of(), 3));
    }

    @Test
    void heapTopKEqualsAFullSort() {
        Random rng = new Random(9);
        double[] scores = IntStream.range(0, 500).mapToDouble(i -> Math.round(rng.nextDouble() * 50) / 50.0)
                .toArray();
        Set<Integer> excluded = new HashSet<>(Arrays.asList(3, 17, 250));
        int[] expected = IntStream.range(0, 500).boxed().filter(i -> !excluded.contains(i))
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparing(i -> i))
                .limit(20).mapToInt(Integer::intValue).toArray();
        assertArrayEquals(expected, TopN.top(scores, excluded, 20));
    }
}
