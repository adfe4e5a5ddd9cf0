package roadmap.run;

import java.util.Random;
import java.util.SplittableRandom;

/** Seeded random number generators, so every notebook run gives the same numbers. */
public final class Seeds {

    /** The seed the notebooks use unless they say otherwise. */
    public static final long DEFAULT = 42L;

    private Seeds() {
    }

    /**
     * A {@link Random} with a fixed seed (its sequence is specified by the JDK and identical on every JVM).
     *
     * @param seed the seed
     * @return a new generator
     */
    public static Random rng(long seed) {
        return new Random(seed);
    }

    /**
     * A {@link Random} seeded with {@link #DEFAULT}.
     *
     * @return a new generator
     */
    public static Random rng() {
        return rng(DEFAULT);
    }

    /**
     * A {@link SplittableRandom} with a fixed seed, for streams and parallel work.
     *
     * @param seed the seed
     * @return a new generator
     */
    public static SplittableRandom splittable(long seed) {
        return new SplittableRandom(seed);
    }
}
