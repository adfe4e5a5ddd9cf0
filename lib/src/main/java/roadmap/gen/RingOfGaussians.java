package roadmap.gen;

import java.util.Random;

/**
 * The classic two-dimensional test distribution for generative models: an equal mixture of
 * {@code modes} round Gaussians (standard deviation {@code sigma}) centred on a circle of radius
 * {@code radius}. A model that drops modes ("mode collapse") is easy to see and to count.
 */
public final class RingOfGaussians {

    private final int modes;
    private final double radius;
    private final double sigma;

    /**
     * @param modes  the number of mixture components, at least 1
     * @param radius the radius of the circle of centres
     * @param sigma  each component's standard deviation per coordinate, positive
     */
    public RingOfGaussians(int modes, double radius, double sigma) {
        if (modes < 1 || !(radius >= 0) || !(sigma > 0)) {
            throw new IllegalArgumentException("need modes >= 1, radius >= 0, sigma > 0");
        }
        this.modes = modes;
        this.radius = radius;
        this.sigma = sigma;
    }

    /** @return the number of modes */
    public int modes() {
        return modes;
    }

    /** @return each component's standard deviation */
    public double sigma() {
        return sigma;
    }

    /** @return the centres, mode k at angle 2πk/modes */
    public double[][] centres() {
        double[][] c = new double[modes][];
        for (int k = 0; k < modes; k++) {
            double a = 2 * Math.PI * k / modes;
            c[k] = new double[] {radius * Math.cos(a), radius * Math.sin(a)};
        }
        return c;
    }

    /**
     * Draws points: a uniformly chosen mode, plus Gaussian noise.
     *
     * @param n   the number of points
     * @param rng the random source
     * @return {@code [n][2]}
     */
    public double[][] sample(int n, Random rng) {
        double[][] c = centres();
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] m = c[rng.nextInt(modes)];
            x[i] = new double[] {m[0] + sigma * rng.nextGaussian(), m[1] + sigma * rng.nextGaussian()};
        }
        return x;
    }

    /**
     * The index of the nearest centre.
     *
     * @param p a point
     * @return the mode it is closest to
     */
    public int nearestMode(double[] p) {
        double[][] c = centres();
        int best = 0;
        double bestD = Double.MAX_VALUE;
        for (int k = 0; k < modes; k++) {
            double dx = p[0] - c[k][0];
            double dy = p[1] - c[k][1];
            double d = dx * dx + dy * dy;
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        return best;
    }

    /**
     * Counts the points near each mode: a point counts for its nearest centre when it lies within
     * {@code withinSigmas · sigma} of it (3 keeps 98.9% of a true 2-D component's points).
     *
     * @param points       the points
     * @param withinSigmas the radius around each centre, in standard deviations
     * @return one count per mode; points far from every centre are not counted
     */
    public int[] modeCounts(double[][] points, double withinSigmas) {
        double[][] c = centres();
        int[] counts = new int[modes];
        double r2 = withinSigmas * sigma * withinSigmas * sigma;
        for (double[] p : points) {
            int k = nearestMode(p);
            double dx = p[0] - c[k][0];
            double dy = p[1] - c[k][1];
            if (dx * dx + dy * dy <= r2) {
                counts[k]++;
            }
        }
        return counts;
    }
}
