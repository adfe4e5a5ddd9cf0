package roadmap.text;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hashing trick: a token's column is its hash modulo a fixed number of buckets, so no
 * vocabulary is stored and unseen words still get a column — at the price of collisions (two
 * tokens sharing a column).
 *
 * <p>The hash is MurmurHash3 (x86, 32-bit, seed 0) of the token's UTF-8 bytes, as in
 * scikit-learn's {@code HashingVectorizer}: column {@code |h| mod buckets}, and with
 * {@code alternateSign} the value is added with the sign of {@code h}, so collisions cancel on
 * average instead of piling up.
 */
public final class FeatureHasher {

    private final int buckets;
    private final boolean alternateSign;

    /**
     * Creates a hasher.
     *
     * @param buckets       the number of columns (&ge; 1)
     * @param alternateSign whether to add each token with the sign of its hash
     * @throws IllegalArgumentException when buckets is below 1
     */
    public FeatureHasher(int buckets, boolean alternateSign) {
        if (buckets < 1) {
            throw new IllegalArgumentException("the number of buckets must be >= 1, got " + buckets);
        }
        this.buckets = buckets;
        this.alternateSign = alternateSign;
    }

    /** @return the number of columns */
    public int buckets() {
        return buckets;
    }

    /**
     * The column of a token.
     *
     * @param token a token
     * @return {@code |murmur3(token)| mod buckets}
     */
    public int column(String token) {
        return columnOf(murmur3(token));
    }

    private int columnOf(int h) {
        // scikit-learn maps the one hash without a positive counterpart like this
        return h == Integer.MIN_VALUE ? (Integer.MAX_VALUE - (buckets - 1)) % buckets : Math.abs(h) % buckets;
    }

    /**
     * Hashed counts of one document.
     *
     * @param tokens the document's tokens
     * @return a sparse row of dimension {@link #buckets()}
     */
    public SparseVector counts(List<String> tokens) {
        Map<Integer, Double> c = new HashMap<>();
        for (String t : tokens) {
            int h = murmur3(t);
            double v = alternateSign && h < 0 ? -1 : 1;
            c.merge(columnOf(h), v, Double::sum);
        }
        return SparseVector.of(buckets, c);
    }

    /**
     * The fraction of distinct terms that share their column with at least one other term.
     *
     * @param terms distinct terms (duplicates are ignored)
     * @return a number in [0, 1]; 0 for no terms
     */
    public double collisionRate(Collection<String> terms) {
        Set<String> distinct = new HashSet<>(terms);
        if (distinct.isEmpty()) {
            return 0;
        }
        Map<Integer, Integer> perColumn = new HashMap<>();
        for (String t : distinct) {
            perColumn.merge(column(t), 1, Integer::sum);
        }
        int colliding = 0;
        for (int n : perColumn.values()) {
            if (n > 1) {
                colliding += n;
            }
        }
        return colliding / (double) distinct.size();
    }

    /**
     * MurmurHash3 x86 32-bit, seed 0, of a string's UTF-8 bytes (signed result, as scikit-learn's
     * {@code murmurhash3_32(s, positive=False)}).
     *
     * @param token the string
     * @return the hash
     */
    public static int murmur3(String token) {
        byte[] data = token.getBytes(StandardCharsets.UTF_8);
        final int c1 = 0xcc9e2d51;
        final int c2 = 0x1b873593;
        int h = 0;
        int blocks = data.length / 4;
        for (int i = 0; i < blocks; i++) {
            int k = (data[4 * i] & 0xff) | (data[4 * i + 1] & 0xff) << 8 | (data[4 * i + 2] & 0xff) << 16
                    | (data[4 * i + 3] & 0xff) << 24;
            k *= c1;
            k = Integer.rotateLeft(k, 15);
            k *= c2;
            h ^= k;
            h = Integer.rotateLeft(h, 13);
            h = h * 5 + 0xe6546b64;
        }
        int k = 0;
        int tail = blocks * 4;
        switch (data.length & 3) {
            case 3:
                k ^= (data[tail + 2] & 0xff) << 16;
                // fall through
            case 2:
                k ^= (data[tail + 1] & 0xff) << 8;
                // fall through
            case 1:
                k ^= data[tail] & 0xff;
                k *= c1;
                k = Integer.rotateLeft(k, 15);
                k *= c2;
                h ^= k;
                break;
            default:
                break;
        }
        h ^= data.length;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
