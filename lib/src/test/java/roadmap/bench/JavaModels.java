package roadmap.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.dtree.impurity.GiniIndex;
import org.tribuo.classification.ensemble.FullyWeightedVotingCombiner;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.classification.libsvm.LibSVMClassificationTrainer;
import org.tribuo.classification.libsvm.SVMClassificationType;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.libsvm.KernelType;
import org.tribuo.common.libsvm.SVMParameters;
import org.tribuo.common.nearest.KNNModel;
import org.tribuo.common.nearest.KNNTrainer;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.common.xgboost.XGBoostTrainer;
import org.tribuo.math.distance.L2Distance;
import org.tribuo.math.neighbour.NeighboursQueryFactoryType;
import smile.base.cart.SplitRule;
import smile.classification.GradientTreeBoost;
import smile.classification.KNN;
import smile.classification.LogisticRegression;
import smile.classification.OneVersusOne;
import smile.classification.RandomForest;
import smile.classification.SVM;
import smile.data.formula.Formula;
import smile.math.kernel.GaussianKernel;

/**
 * The Java models of the benchmark, one {@link Candidate} per library and model, with the same
 * hyperparameters as {@code lib/bench/classical_bench.py} wherever the library exposes them.
 * The mismatches that remain are listed in the README section this benchmark writes.
 */
final class JavaModels {

    /**
     * Threads for the libraries that take a thread count (Tribuo XGBoost and k-NN); Smile's parallel
     * streams get a pool of this size (see {@link ClassicalBenchmark#measure}). The Python side
     * gets the same number as {@code n_jobs} / {@code OMP_NUM_THREADS}. Default 1: on a shared
     * machine, OpenMP threads that outnumber the free cores spin and wreck the timings.
     */
    static int threads = 1;

    private JavaModels() {
    }

    /**
     * Silences the libraries' progress output (Tribuo logs one INFO line per ensemble member,
     * LIBSVM prints its optimiser summary), as scikit-learn is silent by default.
     */
    static void quiet() {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        for (var handler : java.util.logging.Logger.getLogger("").getHandlers()) {
            handler.setLevel(java.util.logging.Level.WARNING);
        }
        libsvm.svm.svm_set_print_string_function(s -> { });
    }

    /** A fitted model that predicts class indices for the test rows. */
    interface Fitted {
        /**
         * Predicts the test set.
         *
         * @param data the data whose test part is predicted
         * @return one class index per test row
         */
        int[] predictTest(BenchData data);
    }

    /** Fits one model on the training part; only this call is timed. */
    interface Fitter {
        /**
         * Fits a fresh model.
         *
         * @param data the prepared data
         * @param seed the seed of this repetition (randomised models only)
         * @return the fitted model
         */
        Fitted fit(BenchData data, long seed);
    }

    /**
     * One Java model to time against its Python reference.
     *
     * @param model   the model family, e.g. {@code random forest}
     * @param library the Java implementation, e.g. {@code Tribuo RandomForestTrainer}
     * @param refKey  the Python model key (see {@code classical_bench.py}) it is compared with
     * @param fitter  how to fit it
     */
    record Candidate(String model, String library, String refKey, Fitter fitter) {
    }

    /**
     * All candidates, in table order.
     *
     * @return the candidates
     */
    static List<Candidate> all() {
        return List.of(
                new Candidate("logistic regression", "Tribuo LogisticRegressionTrainer (SGD)", "logreg",
                        (d, s) -> tribuo(new LogisticRegressionTrainer(), d)),
                new Candidate("logistic regression", "Tribuo LibLinear L2R_LR", "logreg",
                        (d, s) -> tribuo(new LibLinearClassificationTrainer(
                                new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR),
                                1.0, 1000, 0.01), d)),
                new Candidate("logistic regression", "Smile LogisticRegression", "logreg",
                        (d, s) -> smile(LogisticRegression.fit(d.xTrain(), d.yTrain(), 1.0, 1e-4, 1000))),
                new Candidate("random forest", "Tribuo RandomForestTrainer", "forest", JavaModels::tribuoForest),
                new Candidate("random forest", "Smile RandomForest", "forest", JavaModels::smileForest),
                new Candidate("gradient boosting", "Tribuo XGBoostClassificationTrainer", "xgboost",
                        (d, s) -> tribuo(new XGBoostClassificationTrainer(XGBoostTrainer.BoosterType.GBTREE,
                                XGBoostTrainer.TreeMethod.AUTO, 100, 0.3, 0.0, 6, 1.0, 1.0, 1.0, 1.0, 0.0,
                                threads, XGBoostTrainer.LoggingVerbosity.SILENT, s), d)),
                new Candidate("gradient boosting", "Smile GradientTreeBoost", "gbm",
                        (d, s) -> smile(GradientTreeBoost.fit(Formula.lhs("class"), d.smileTrain(),
                                100, 3, 8, 1, 0.1, 1.0))),
                new Candidate("SVM (RBF)", "Tribuo LibSVMClassificationTrainer", "svm", JavaModels::tribuoSvm),
                new Candidate("SVM (RBF)", "Smile SVM (one-vs-one)", "svm", JavaModels::smileSvm),
                new Candidate("k-NN (k=5)", "Tribuo KNNTrainer", "knn",
                        (d, s) -> tribuo(new KNNTrainer<>(5, new L2Distance(), threads, new VotingCombiner(),
                                KNNModel.Backend.THREADPOOL, NeighboursQueryFactoryType.BRUTE_FORCE), d)),
                new Candidate("k-NN (k=5)", "Smile KNN", "knn",
                        (d, s) -> smile(KNN.fit(d.xTrain(), d.yTrain(), 5))));
    }

    private static Fitted tribuoForest(BenchData d, long seed) {
        // sklearn max_features="sqrt": floor(sqrt(p)) features per split; Tribuo rounds fraction x (features it has seen)
        int perSplit = (int) Math.sqrt(d.features());
        float fraction = (float) perSplit / d.tribuoTrain().getFeatureMap().size();
        var tree = new CARTClassificationTrainer(Integer.MAX_VALUE, 1f, 0f, fraction, false, new GiniIndex(), seed);
        return tribuo(new RandomForestTrainer<>(tree, new FullyWeightedVotingCombiner(), 100, seed), d);
    }

    private static Fitted smileForest(BenchData d, long seed) {
        int mtry = (int) Math.sqrt(d.features());
        int n = d.yTrain().length;
        RandomForest forest = RandomForest.fit(Formula.lhs("class"), d.smileTrain(), 100, mtry, SplitRule.GINI,
                1000, n, 1, 1.0, null, LongStream.range(0, 100).map(i -> seed * 1000 + i));
        return data -> forest.predict(data.smileTest());
    }

    private static Fitted tribuoSvm(BenchData d, long seed) {
        SVMParameters<Label> params = new SVMParameters<>(
                new SVMClassificationType(SVMClassificationType.SVMMode.C_SVC), KernelType.RBF);
        params.setCost(1.0);
        params.setGamma(1.0 / d.features());
        params.setCacheSize(200);
        return tribuo(new LibSVMClassificationTrainer(params, seed), d);
    }

    private static Fitted smileSvm(BenchData d, long seed) {
        double gamma = 1.0 / d.features();
        GaussianKernel kernel = new GaussianKernel(Math.sqrt(1.0 / (2 * gamma))); // exp(-gamma |x-y|^2)
        if (d.classNames().length > 2) {
            return smile(OneVersusOne.fit(d.xTrain(), d.yTrain(), (x, y) -> SVM.fit(x, y, kernel, 1.0, 1e-3)));
        }
        int[] plusMinus = IntStream.of(d.yTrain()).map(y -> y == 1 ? +1 : -1).toArray(); // Smile's binary SVM wants -1/+1
        SVM<double[]> svm = SVM.fit(d.xTrain(), plusMinus, kernel, 1.0, 1e-3);
        return data -> IntStream.of(svm.predict(data.xTest())).map(y -> y == 1 ? 1 : 0).toArray();
    }

    private static Fitted tribuo(Trainer<Label> trainer, BenchData d) {
        Model<Label> model = trainer.train(d.tribuoTrain());
        return data -> {
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < data.classNames().length; i++) {
                index.put(data.classNames()[i], i);
            }
            List<Prediction<Label>> predictions = model.predict(data.tribuoTest());
            return predictions.stream().mapToInt(p -> index.get(p.getOutput().getLabel())).toArray();
        };
    }

    private static Fitted smile(smile.classification.Classifier<double[]> model) {
        return data -> model.predict(data.xTest());
    }

    private static Fitted smile(smile.classification.DataFrameClassifier model) {
        return data -> model.predict(data.smileTest());
    }
}
