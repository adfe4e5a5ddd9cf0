package roadmap.optim;

/**
 * The convex quadratic {@code f(w) = ½ wᵀAw − bᵀw} with a symmetric positive definite A. Its
 * gradient is {@code Aw − b}, its Hessian is A everywhere, and its unique minimiser solves
 * {@code Aw = b}: the textbook model of every smooth loss near its minimum.
 */
public final class Quadratic implements Objective {

    private final double[][] a;
    private final double[] b;

    private Quadratic(double[][] a, double[] b) {
        this.a = a;
        this.b = b;
    }

    /**
     * Creates {@code ½ wᵀAw − bᵀw}.
     *
     * @param a a symmetric d x d matrix (positive definite for a unique minimum)
     * @param b a vector of length d
     * @return the quadratic
     * @throws IllegalArgumentException if A is not square and symmetric, or b has the wrong length
     */
    public static Quadratic of(double[][] a, double[] b) {
        int d = b.length;
        if (a.length != d) {
            throw new IllegalArgumentException("Quadratic: A has " + a.length + " rows but b has length " + d);
        }
        double[][] copy = new double[d][];
        for (int i = 0; i < d; i++) {
            if (a[i].length != d) {
                throw new IllegalArgumentException("Quadratic: A must be square, row " + i + " has " + a[i].length);
            }
            copy[i] = a[i].clone();
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < i; j++) {
                if (Math.abs(copy[i][j] - copy[j][i]) > 1e-12 * (1 + Math.abs(copy[i][j]))) {
                    throw new IllegalArgumentException("Quadratic: A must be symmetric, A[" + i + "][" + j + "] != A["
                            + j + "][" + i + "]");
                }
            }
        }
        return new Quadratic(copy, b.clone());
    }

    @Override
    public double value(double[] w) {
        double[] aw = LinearSystems.multiply(a, w);
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            s += 0.5 * w[i] * aw[i] - b[i] * w[i];
        }
        return s;
    }

    @Override
    public double[] gradient(double[] w) {
        double[] g = LinearSystems.multiply(a, w);
        for (int i = 0; i < g.length; i++) {
            g[i] -= b[i];
        }
        return g;
    }

    /**
     * The exact minimiser, {@code A⁻¹b} (Gaussian elimination with partial pivoting).
     *
     * @return a new vector
     */
    public double[] minimizer() {
        return LinearSystems.solve(a, b);
    }

    /**
     * The Hessian (constant for a quadratic).
     *
     * @return a copy of A
     */
    public double[][] hessian() {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /**
     * The dimension d.
     *
     * @return the length of w
     */
    public int dimension() {
        return b.length;
    }
}
