package roadmap.recsys;

import java.util.PriorityQueue;
import java.util.Set;

/**
 * Top-N recommendation and its ranking metrics, with binary relevance.
 *
 * <ul>
 *   <li>{@code precision@k} = (relevant items among the top k) / k;</li>
 *   <li>{@code recall@k} = (relevant items among the top k) / (number of relevant items);</li>
 *   <li>{@code NDCG@k} = DCG/IDCG with {@code DCG = Σ_{pos=1..k} rel_pos / log₂(pos + 1)} and IDCG the
 *       DCG of a perfect ranking (all relevant items first).</li>
 * </ul>
 */
public final class TopN {

    private TopN() {
    }

    /**
     * The k highest-scoring items, best first, skipping excluded ones (e.g. items the user already
     * rated). Ties are broken by the smaller item index. Uses a size-k heap: O(n log k).
     *
     * @param scores   one score per item
     * @param excluded items that may not be recommended
     * @param k        how many to return (fewer if fewer items are allowed)
     * @return item indices
     */
    public static int[] top(double[] scores, Set<Integer> excluded, int k) {
        PriorityQueue<Integer> heap = new PriorityQueue<>((a, b) -> scores[a] != scores[b]
                ? Double.compare(scores[a], scores[b]) : Integer.compare(b, a));
        for (int i = 0; i < scores.length; i++) {
            if (excluded.contains(i)) {
                continue;
            }
            heap.add(i);
            if (heap.size() > k) {
                heap.poll();
            }
        }
        int[] out = new int[heap.size()];
        for (int pos = out.length - 1; pos >= 0; pos--) {
            out[pos] = heap.poll();
        }
        return out;
    }

    /**
     * Precision at k.
     *
     * @param ranked   recommended items, best first
     * @param relevant the relevant items
     * @param k        the cut-off
     * @return hits in the first k / k
     */
    public static double precision(int[] ranked, Set<Integer> relevant, int k) {
        return hits(ranked, relevant, k) / (double) k;
    }

    /**
     * Recall at k.
     *
     * @param ranked   recommended items, best first
     * @param relevant the relevant items (at least one)
     * @param k        the cut-off
     * @return hits in the first k / |relevant|
     */
    public static double recall(int[] ranked, Set<Integer> relevant, int k) {
        if (relevant.isEmpty()) {
            throw new IllegalArgumentException("recall is undefined without relevant items");
        }
        return hits(ranked, relevant, k) / (double) relevant.size();
    }

    /**
     * Normalised discounted cumulative gain at k.
     *
     * @param ranked   recommended items, best first
     * @param relevant the relevant items (at least one)
     * @param k        the cut-off
     * @return DCG@k / IDCG@k, in [0, 1]
     */
    public static double ndcg(int[] ranked, Set<Integer> relevant, int k) {
        if (relevant.isEmpty()) {
            throw new IllegalArgumentException("NDCG is undefined without relevant items");
        }
        double dcg = 0;
        for (int pos = 0; pos < Math.min(k, ranked.length); pos++) {
            if (relevant.contains(ranked[pos])) {
                dcg += 1 / log2(pos + 2);
            }
        }
        double ideal = 0;
        for (int pos = 0; pos < Math.min(k, relevant.size()); pos++) {
            ideal += 1 / log2(pos + 2);
        }
        return dcg / ideal;
    }

    /**
     * Mean precision@k, recall@k and NDCG@k over users with at least one relevant item.
     *
     * @param scores   users × items scores
     * @param excluded per user, items not to recommend
     * @param relevant per user, the relevant items
     * @param k        the cut-off
     * @return {precision, recall, ndcg, number of users evaluated}
     */
    public static double[] evaluate(double[][] scores, Set<Integer>[] excluded, Set<Integer>[] relevant, int k) {
        double[] sum = new double[3];
        int n = 0;
        for (int u = 0; u < scores.length; u++) {
            if (relevant[u].isEmpty()) {
                continue;
            }
            int[] ranked = top(scores[u], excluded[u], k);
            sum[0] += precision(ranked, relevant[u], k);
            sum[1] += recall(ranked, relevant[u], k);
            sum[2] += ndcg(ranked, relevant[u], k);
            n++;
        }
        double[] mean = new double[3];
        for (int j = 0; j < 3; j++) {
            mean[j] = n == 0 ? Double.NaN : sum[j] / n;
        }
        return new double[] {mean[0], mean[1], mean[2], n};
    }

    private static int hits(int[] ranked, Set<Integer> relevant, int k) {
        int h = 0;
        for (int pos = 0; pos < Math.min(k, ranked.length); pos++) {
            if (relevant.contains(ranked[pos])) {
                h++;
            }
        }
        return h;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
