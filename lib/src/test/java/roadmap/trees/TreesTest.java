package roadmap.trees;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import roadmap.data.Datasets;
import roadmap.data.LabeledData;
import smile.base.cart.SplitRule;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.formula.Formula;

/** The named settings build exactly what the positional library calls build. */
class TreesTest {

    private static final LabeledData DATA = Datasets.breastCancer().head(200);

    @Test
    void forestSettingsEqualThePositionalCall() {
        DataFrame df = DATA.toSmile();
        Formula f = Formula.lhs("class");
        RandomForest named = ForestSettings.trees(7).featuresPerSplit(5).maxLeaves(50)
                .minLeafSize(2).seed(11).fit(f, df);
        RandomForest positional = RandomForest.fit(f, df, 7, 5, SplitRule.GINI, 20, 50, 2, 1.0,
                new int[] {1, 1}, LongStream.range(11, 18));
        assertArrayEquals(positional.predict(df), named.predict(df));
        assertEquals(7, named.models().length);
    }

    @Test
    void forestSettingsRejectNonsense() {
        assertThrows(IllegalArgumentException.class, () -> ForestSettings.trees(0));
        assertThrows(IllegalArgumentException.class, () -> ForestSettings.trees(3).sampleFraction(1.5));
    }

    @Test
    void boostingSettingsEqualThePositionalCall() {
        MutableDataset<Label> ds = DATA.toTribuoClassification();
        BoostingSettings s = BoostingSettings.rounds(20).learningRate(0.1).maxDepth(3)
                .rowSample(0.8).seed(5);
        var positional = new XGBoostClassificationTrainer(20, 0.1, 0, 3, 1, 0.8, 1.0, 1, 0, 1, true, 5);
        List<Prediction<Label>> a = s.trainer().train(ds).predict(ds);
        List<Prediction<Label>> b = positional.train(ds).predict(ds);
        for (int i = 0; i < a.size(); i++) {
            assertEquals(b.get(i).getOutputScores().get("malignant").getScore(),
                    a.get(i).getOutputScores().get("malignant").getScore(), 0.0);
        }
        assertEquals("20 rounds, learning rate 0.1, depth 3, row sample 0.8, column sample 1.0", s.toString());
        assertThrows(IllegalArgumentException.class, () -> BoostingSettings.rounds(5).rowSample(0));
    }

    @Test
    void nativesLoadOnTheBuildMachine() {
        // the build runs on a platform XGBoost4J ships natives for (Linux/macOS/Windows x86-64,
        // Linux/macOS arm64); a failure here means the jar or its runtime libraries are missing
        XGBoostNatives.Status s = XGBoostNatives.probe();
        assertTrue(s.loaded(), s.message());
        assertTrue(s.message().contains(XGBoostNatives.version()), s.message());
        assertTrue(XGBoostNatives.version().matches("\\d+\\.\\d+\\.\\d+.*"), XGBoostNatives.version());
    }

    @Test
    void adviceNamesTheFixPerPlatform() {
        assertTrue(XGBoostNatives.advice("Mac OS X", "aarch64").contains("brew install libomp"));
        assertTrue(XGBoostNatives.advice("Linux", "aarch64").contains("libgomp1"));
        assertTrue(XGBoostNatives.advice("Linux", "riscv64").contains("no native library"));
        assertTrue(XGBoostNatives.advice("Windows 11", "aarch64").contains("Binder"));
    }
}
