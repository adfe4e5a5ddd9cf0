package roadmap.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import roadmap.table.Table;

class TrackedRunTest {

    @TempDir
    Path tmp;

    @Test
    void readerListsRunsBackWithParamsMetricsAndTags() {
        MlflowStore store = MlflowStore.open(tmp.resolve("mlruns"), new TickingClock(100L));
        String exp = store.experiment("capstone");
        assertEquals(exp, store.experiment("capstone"), "same name, same experiment");
        try (TrackedRun a = store.startRun(exp, "tree")) {
            a.logParam("depth", 4).logMetric("val_auc", 0.70, 0).logMetric("val_auc", 0.72, 1);
        }
        TrackedRun b = store.startRun(exp, "forest");
        b.logParams(Map.of("depth", 8, "trees", 50)).logMetric("val_auc", 0.81, 0);

        List<RunRecord> runs = RunReader.runs(store.root(), exp);
        assertEquals(List.of("tree", "forest"), runs.stream().map(RunRecord::runName).toList());
        RunRecord tree = runs.get(0);
        assertEquals(RunStatus.FINISHED, tree.status());
        assertTrue(tree.endTime() > tree.startTime());
        assertEquals(0.72, tree.latest("val_auc").getAsDouble(), 0, "largest step wins, as in MLflow");
        assertEquals(List.of(0L, 1L), tree.history("val_auc").stream().map(MetricPoint::step).toList());
        assertEquals("4", tree.params().get("depth"));
        assertEquals(RunStatus.RUNNING, runs.get(1).status());
        assertNull(runs.get(1).endTime());
        assertEquals("50", runs.get(1).params().get("trees"));
        assertTrue(RunReader.runs(store.root(), "0").isEmpty());
        assertEquals(Map.of("0", "Default", "1", "capstone"), RunReader.experiments(store.root()));

        Table table = RunReader.table(runs, List.of("depth"), List.of("val_auc", "missing"));
        assertEquals(List.of("run", "status", "depth", "val_auc", "missing"), table.columns());
        assertTrue(table.toString().contains("0.8100"), table.toString());
    }

    @Test
    void paramsAreImmutableAndEndedRunsRefuseMetrics() {
        MlflowStore store = MlflowStore.open(tmp.resolve("mlruns"));
        TrackedRun run = store.startRun("0", "r");
        run.logParam("lr", 0.1).logParam("lr", 0.1);
        assertThrows(IllegalStateException.class, () -> run.logParam("lr", 0.2));
        assertThrows(IllegalArgumentException.class, () -> run.logMetric("a:b", 1));
        assertThrows(IllegalArgumentException.class, () -> run.logMetric("../escape", 1));
        assertThrows(IllegalArgumentException.class, () -> run.logText("../x.txt", "no"));
        run.close();
        assertThrows(IllegalStateException.class, () -> run.logMetric("late", 1));
        assertThrows(IllegalArgumentException.class, () -> store.startRun("7", "nowhere"));
    }

    @Test
    void dataHashArtifactsChartAndTribuoProvenance() throws Exception {
        MlflowStore store = MlflowStore.open(tmp.resolve("mlruns"));
        Path data = Files.writeString(tmp.resolve("d.csv"), "abc");
        try (TrackedRun run = store.startRun("0", "r")) {
            String sha = run.logDataHash("train", data);
            // SHA-256("abc") from FIPS 180-2, appendix B.1
            assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", sha);
            assertEquals(sha, Files.readString(run.dir().resolve("tags/data.train.sha256")));
            assertEquals("abc", Files.readString(run.logArtifact(data)));
            XYChart chart = new XYChart(200, 150);
            chart.addSeries("s", new double[] {0, 1}, new double[] {1, 0});
            byte[] png = Files.readAllBytes(run.logChart("curve", chart));
            assertEquals((byte) 0x89, png[0]);
            assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
            Path json = run.logTribuoProvenance(toyModel());
            String text = Files.readString(json);
            assertTrue(text.contains("LogisticRegressionTrainer"), text);
            assertEquals("org.tribuo.classification.sgd.linear.LinearSGDModel",
                    Files.readString(run.dir().resolve("tags/tribuo.model.class")));
        }
    }

    @Test
    void gitCommitIsTaggedWhenTheWorkingDirectoryIsARepository() throws Exception {
        Path root = tmp.resolve("mlruns");
        try (TrackedRun run = MlflowStore.open(root).startRun("0", "r")) {
            Path tag = run.dir().resolve("tags").resolve(TrackedRun.GIT_COMMIT_TAG);
            var commit = GitCommit.of(Path.of(""));
            assertEquals(commit.isPresent(), Files.exists(tag));
            if (commit.isPresent()) {
                assertEquals(commit.get(), Files.readString(tag));
            }
        }
    }

    private static Model<Label> toyModel() {
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> ds = new MutableDataset<>(new SimpleDataSourceProvenance("toy", factory), factory);
        for (int i = 0; i < 20; i++) {
            double x = i < 10 ? -1 - i * 0.1 : 1 + i * 0.1;
            ds.add(new ArrayExample<>(new Label(i < 10 ? "no" : "yes"), new String[] {"x"}, new double[] {x}));
        }
        return new LogisticRegressionTrainer().train(ds);
    }
}
