package roadmap.timeseries;

/**
 * Ordinary least squares by the normal equations, with coefficient standard errors; small
 * designs only (a few dozen columns). Package-private: the Dickey-Fuller regression's engine.
 */
final class Ols {

    final double[] beta;
    final double[] stdErr;
    final double rss;

    Ols(double[][] x, double[] y) {
        int n = x.length;
        int k = x[0].length;
        if (n <= k) {
            throw new IllegalArgumentException(n + " rows cannot fit " + k + " coefficients");
        }
        double[][] xtx = new double[k][k];
        double[] xty = new double[k];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < k; a++) {
                xty[a] += x[i][a] * y[i];
                for (int b = 0; b < k; b++) {
                    xtx[a][b] += x[i][a] * x[i][b];
                }
            }
        }
        double[][] inv = invert(xtx);
        beta = new double[k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                beta[a] += inv[a][b] * xty[b];
            }
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            double fit = 0;
            for (int a = 0; a < k; a++) {
                fit += x[i][a] * beta[a];
            }
            s += (y[i] - fit) * (y[i] - fit);
        }
        rss = s;
        double sigma2 = rss / (n - k);
        stdErr = new double[k];
        for (int a = 0; a < k; a++) {
            stdErr[a] = Math.sqrt(sigma2 * inv[a][a]);
        }
    }

    /** Gauss-Jordan inversion with partial pivoting. */
    static double[][] invert(double[][] m) {
        int k = m.length;
        double[][] a = new double[k][2 * k];
        for (int i = 0; i < k; i++) {
            System.arraycopy(m[i], 0, a[i], 0, k);
            a[i][k + i] = 1;
        }
        for (int c = 0; c < k; c++) {
            int pivot = c;
            for (int r = c + 1; r < k; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][c]) < 1e-300) {
                throw new IllegalArgumentException("singular design: column " + c + " is collinear");
            }
            double[] tmp = a[c];
            a[c] = a[pivot];
            a[pivot] = tmp;
            double d = a[c][c];
            for (int j = 0; j < 2 * k; j++) {
                a[c][j] /= d;
            }
            for (int r = 0; r < k; r++) {
                if (r != c && a[r][c] != 0) {
                    double f = a[r][c];
                    for (int j = 0; j < 2 * k; j++) {
                        a[r][j] -= f * a[c][j];
                    }
                }
            }
        }
        double[][] inv = new double[k][k];
        for (int i = 0; i < k; i++) {
            System.arraycopy(a[i], k, inv[i], 0, k);
        }
        return inv;
    }
}
