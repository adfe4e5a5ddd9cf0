package roadmap.timeseries;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.Random;
import roadmap.dl.Djl;
import roadmap.dl.Models;
import roadmap.dl.NdArrays;

/**
 * A small transformer forecaster for a monthly series: a {@link CausalForecastBlock} trained on
 * windows of one training series, then used as a {@link Forecaster} from any later origin.
 *
 * <p>Each time step t becomes a token of four features: the month-on-month change
 * {@code (x_t - x_{t-1}) / s}, the calendar month as {@code sin} and {@code cos} of
 * {@code 2π month / 12}, and the position in the window {@code i / window}. The scale s is the
 * standard deviation of the changes in the training series, fixed at training time. At every
 * position i of a window the block predicts the next {@code horizon} values relative to that
 * step's own value, {@code (x_{t_i + k} - x_{t_i}) / s}; the causal mask makes each position see
 * only its past, so every position is a training example without look-ahead. A forecast reads the
 * last position of the window that ends at the last observed value.
 *
 * <p>Inputs use only differences and the calendar, so nothing computed from the future (a global
 * mean, a max) enters the features: the forecast from origin t depends on values before t only.
 */
public final class TransformerForecaster implements Forecaster, AutoCloseable {

    private static final int FEATURES = 4;

    /**
     * Hyper-parameters.
     *
     * @param window       time steps the model sees (tokens)
     * @param horizon      steps forecast at each position
     * @param width        model width d
     * @param heads        attention heads (divide width)
     * @param epochs       passes over the training windows
     * @param batchSize    windows per gradient step
     * @param learningRate Adam's learning rate (cosine-decayed to 1/20 of it)
     * @param seed         seed for the weights and the order of the windows
     */
    public record Settings(int window, int horizon, int width, int heads, int epochs, int batchSize,
            double learningRate, long seed) {
    }

    private final Settings settings;
    private final int firstMonth;
    private final double scale;
    private final Model model;
    private final double[] epochLoss;

    private TransformerForecaster(Settings settings, int firstMonth, double scale, Model model, double[] epochLoss) {
        this.settings = settings;
        this.firstMonth = firstMonth;
        this.scale = scale;
        this.model = model;
        this.epochLoss = epochLoss;
    }

    /**
     * Trains a forecaster on a training series.
     *
     * @param train      the training series (only values before the first forecast origin)
     * @param firstMonth the calendar month of {@code train[0]}, 0 = January; the series the
     *                   forecaster later receives must start at the same month
     * @param s          the hyper-parameters
     * @return the trained forecaster (close it to free native memory)
     */
    public static TransformerForecaster train(double[] train, int firstMonth, Settings s) {
        int n = train.length;
        int windows = n - s.horizon() - s.window();
        if (windows < s.batchSize()) {
            throw new IllegalArgumentException("a training series of " + n + " values gives " + Math.max(windows, 0)
                    + " windows, fewer than one batch of " + s.batchSize());
        }
        Djl.seed(s.seed());
        double scale = standardDeviation(Differencing.diff(train, 1));
        Model model = Model.newInstance("causal-transformer");
        model.setBlock(new CausalForecastBlock(s.width(), s.heads(), s.horizon()));
        int total = s.epochs() * ((windows + s.batchSize() - 1) / s.batchSize());
        Tracker lr = Tracker.cosine().setBaseValue((float) s.learningRate())
                .optFinalValue((float) s.learningRate() / 20).setMaxUpdates(total).build();
        DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.l2Loss())
                .optOptimizer(Optimizer.adam().optLearningRateTracker(lr).build());
        TransformerForecaster f = new TransformerForecaster(s, firstMonth, scale, model, new double[s.epochs()]);
        Random order = new Random(s.seed());
        int[] ends = new int[windows];
        for (int i = 0; i < windows; i++) {
            ends[i] = s.window() + i;               // index of the window's last step
        }
        try (Trainer trainer = model.newTrainer(config)) {
            trainer.initialize(new Shape(1, s.window(), FEATURES), new Shape(1, s.window(), s.window()));
            for (int epoch = 0; epoch < s.epochs(); epoch++) {
                shuffle(ends, order);
                double sum = 0;
                for (int start = 0; start < windows; start += s.batchSize()) {
                    int b = Math.min(s.batchSize(), windows - start);
                    try (NDManager batch = trainer.getManager().newSubManager()) {
                        float[] x = new float[b * s.window() * FEATURES];
                        float[] y = new float[b * s.window() * s.horizon()];
                        for (int k = 0; k < b; k++) {
                            f.fill(train, ends[start + k], x, k, y);
                        }
                        NDArray xs = batch.create(x, new Shape(b, s.window(), FEATURES));
                        NDArray ys = batch.create(y, new Shape(b, s.window(), s.horizon()));
                        NDArray mask = CausalForecastBlock.causalMask(batch, b, s.window());
                        try (GradientCollector gc = trainer.newGradientCollector()) {
                            NDArray pred = trainer.forward(new NDList(xs, mask)).head();
                            NDArray loss = pred.sub(ys).square().mean();
                            gc.backward(loss);
                            sum += loss.getFloat() * b;
                        }
                        trainer.step();
                    }
                }
                f.epochLoss[epoch] = sum / windows;
            }
        }
        return f;
    }

    /**
     * The mean squared error (in units of s², over all positions and steps) of each epoch.
     *
     * @return one value per epoch
     */
    public double[] epochLoss() {
        return epochLoss.clone();
    }

    /**
     * The number of trainable numbers in the network.
     *
     * @return the parameter count
     */
    public long parameterCount() {
        return Models.parameterCount(model.getBlock());
    }

    /**
     * The scale s: standard deviation of the month-on-month changes in the training series.
     *
     * @return s
     */
    public double scale() {
        return scale;
    }

    @Override
    public double[] forecast(double[] history, int horizon) {
        if (horizon > settings.horizon()) {
            throw new IllegalArgumentException("trained for " + settings.horizon() + " steps, asked for " + horizon);
        }
        double[][] all = positionForecasts(history);
        double[] last = all[all.length - 1];
        return java.util.Arrays.copyOf(last, horizon);
    }

    /**
     * The forecasts the model makes at every position of the window that ends at the last
     * observed value, in the units of the series: row i holds the forecasts of the values after
     * step {@code history.length - window + i}. With the causal mask, row i does not depend on
     * any value after that step (which a notebook can verify by perturbing them).
     *
     * @param history the observed values, starting at the training series' first month
     * @return {@code [window][horizon]} forecasts
     */
    public double[][] positionForecasts(double[] history) {
        int w = settings.window();
        if (history.length < w + 1) {
            throw new IllegalArgumentException("need at least " + (w + 1) + " observed values, got " + history.length);
        }
        int end = history.length - 1;
        float[] x = new float[w * FEATURES];
        fillFeatures(history, end, x, 0);
        try (NDManager m = model.getNDManager().newSubManager()) {
            NDArray xs = m.create(x, new Shape(1, w, FEATURES));
            NDArray mask = CausalForecastBlock.causalMask(m, 1, w);
            NDArray out = model.getBlock().forward(new ParameterStore(m, false), new NDList(xs, mask), false).head();
            double[][] rel = NdArrays.toMatrix(out.reshape(w, settings.horizon()));
            for (int i = 0; i < w; i++) {
                double level = history[end - w + 1 + i];
                for (int k = 0; k < rel[i].length; k++) {
                    rel[i][k] = level + rel[i][k] * scale;
                }
            }
            return rel;
        }
    }

    private void fill(double[] series, int end, float[] x, int row, float[] y) {
        fillFeatures(series, end, x, row);
        int w = settings.window();
        int hz = settings.horizon();
        for (int i = 0; i < w; i++) {
            int t = end - w + 1 + i;
            for (int k = 1; k <= hz; k++) {
                y[(row * w + i) * hz + k - 1] = (float) ((series[t + k] - series[t]) / scale);
            }
        }
    }

    private void fillFeatures(double[] series, int end, float[] x, int row) {
        int w = settings.window();
        for (int i = 0; i < w; i++) {
            int t = end - w + 1 + i;
            double angle = 2 * Math.PI * ((firstMonth + t) % MonthlySeries.PERIOD) / MonthlySeries.PERIOD;
            int o = (row * w + i) * FEATURES;
            x[o] = (float) ((series[t] - series[t - 1]) / scale);
            x[o + 1] = (float) Math.sin(angle);
            x[o + 2] = (float) Math.cos(angle);
            x[o + 3] = (float) i / w;
        }
    }

    private static void shuffle(int[] a, Random rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static double standardDeviation(double[] v) {
        double mean = java.util.Arrays.stream(v).average().orElseThrow();
        double s = 0;
        for (double d : v) {
            s += (d - mean) * (d - mean);
        }
        return Math.sqrt(s / (v.length - 1));
    }

    @Override
    public void close() {
        model.close();
    }
}
