package roadmap.spamfilter.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;
import roadmap.data.Mail;
import roadmap.spamfilter.TestData;
import roadmap.spamfilter.features.TextFeatures;
import roadmap.text.SparseVector;

/** Tagged {@code training}: these train models (tens of seconds); a quick run can exclude the tag. */
@Tag("training")
class SpamModelTest {

    @TempDir
    Path dir;

    private static List<String> someMails(int n) {
        List<String> out = new ArrayList<>();
        for (Mail m : TestData.corpus().split("test").subList(0, n)) {
            out.add(m.text());
        }
        return out;
    }

    @Test
    void saveThenLoadGivesTheSameBytesAndPredictions() {
        SpamModel m = TestData.model();
        Path f = dir.resolve("model.json");
        m.save(f);
        SpamModel back = SpamModel.load(f);
        assertArrayEquals(m.toBytes(), back.toBytes());
        List<String> texts = someMails(200);
        assertEquals(m.predictBatch(texts), back.predictBatch(texts));
        assertEquals(m.provenance(), back.provenance());
    }

    @Test
    void retrainingWithTheSameConfigGivesTheSameBytes() {
        SpamModel again = SpamTrainer.train(TestData.smallConfig(), TestData.corpus());
        assertArrayEquals(TestData.model().toBytes(), again.toBytes());
    }

    @Test
    void anotherSeedGivesOtherWeights() {
        SpamModel seven = SpamTrainer.train(TestData.smallConfig().with(Map.of("train.seed", "7")), TestData.corpus());
        assertFalse(Arrays.equals(TestData.model().weights(), seven.weights()));
    }

    @Test
    void provenanceRecordsDataHashConfigAndLibraries() {
        Provenance p = TestData.model().provenance();
        assertEquals(TestData.corpus().sha256(), p.dataSha256());
        assertEquals(TestData.smallConfig().asMap(), p.config());
        assertEquals(TestData.TRAIN_LIMIT, p.trainMails());
        assertEquals(org.tribuo.Tribuo.VERSION, p.libraries().get("tribuo"));
        assertTrue(p.gitCommit().isEmpty() || p.gitCommit().matches("[0-9a-f]{40}"), p.gitCommit());
    }

    @Test
    void probabilitiesAreTribuosSoftmaxProbabilities() {
        SpamTrainer.Fitted fitted = SpamTrainer.fit(TestData.smallConfig(), TestData.corpus());
        TextFeatures f = fitted.model().features();
        int compared = 0;
        for (String text : someMails(100)) {
            SparseVector x = f.transform(text);
            if (x.nonZeros() == 0) {
                continue;
            }
            String[] names = new String[x.nonZeros()];
            double[] values = new double[x.nonZeros()];
            for (int k = 0; k < names.length; k++) {
                names[k] = f.terms().get(x.index(k));
                values[k] = x.value(k);
            }
            double tribuo = fitted.tribuo().predict(new ArrayExample<>(new Label("spam"), names, values))
                    .getOutputScores().get("spam").getScore();
            assertEquals(tribuo, fitted.model().spamProbability(text), 1e-9);
            compared++;
        }
        assertTrue(compared >= 95, "compared " + compared);
    }

    @Test
    void theThresholdKeepsTheValidationFalsePositiveRate() {
        SpamModel m = TestData.model();
        long fp = 0;
        long hams = 0;
        for (Mail mail : TestData.corpus().split("validation")) {
            if (!mail.isSpam()) {
                hams++;
                fp += m.predict(mail.text()).isSpam() ? 1 : 0;
            }
        }
        assertTrue(fp <= 0.005 * hams, fp + " false positives among " + hams + " hams");
    }

    @Test
    void evenTrainedOn400MailsTheFilterRanksSpamAboveHam() {
        Evaluation e = Evaluation.of(TestData.model(), TestData.corpus().split("test"));
        assertTrue(e.averagePrecision() > 0.95, e.toString());
        assertTrue(e.counts().recall() > 0.5, e.toString());
        assertTrue(e.counts().falsePositiveRate() < 0.02, e.toString());
    }

    @Test
    void predictFromManyThreadsAgreesWithOneThread() throws Exception {
        SpamModel m = TestData.model();
        List<String> texts = someMails(64);
        List<Prediction> expected = m.predictBatch(texts);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Prediction>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> m.predictBatch(texts)));
            }
            for (Future<List<Prediction>> r : runs) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMissingModelFileIsNamed() {
        Path f = dir.resolve("missing-model.json");
        ModelFileException e = assertThrows(ModelFileException.class, () -> SpamModel.load(f));
        assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void aTruncatedOrForeignFileIsNamedAsCorrupt() throws IOException {
        byte[] bytes = TestData.model().toBytes();
        Path truncated = dir.resolve("truncated.json");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        ModelFileException e = assertThrows(ModelFileException.class, () -> SpamModel.load(truncated));
        assertTrue(e.getMessage().contains("truncated.json") && e.getMessage().contains("corrupt"), e.getMessage());
        Path foreign = dir.resolve("foreign.json");
        Files.writeString(foreign, "{\"format\": \"something-else\"}");
        e = assertThrows(ModelFileException.class, () -> SpamModel.load(foreign));
        assertTrue(e.getMessage().contains("foreign.json"), e.getMessage());
    }

    @Test
    void thePortableExportReproducesTheProbabilities() throws IOException {
        SpamModel m = TestData.model();
        Path f = dir.resolve("portable.json");
        m.exportPortable(f);
        JsonNode p = new ObjectMapper().readTree(f.toFile());
        Pattern token = Pattern.compile(p.get("token_pattern").asText(), Pattern.UNICODE_CHARACTER_CLASS);
        for (String text : someMails(50)) {
            String clean = TextFeatures.cleanMail(text).toLowerCase(java.util.Locale.ROOT);
            Map<Integer, Integer> counts = new HashMap<>();
            for (Matcher t = token.matcher(clean); t.find(); ) {
                JsonNode col = p.get("vocabulary").get(t.group());
                if (col != null) {
                    counts.merge(col.asInt(), 1, Integer::sum);
                }
            }
            double norm = 0;
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                double v = e.getValue() * p.get("idf").get(e.getKey()).asDouble();
                norm += v * v;
            }
            double z = p.get("bias").asDouble();
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                double v = e.getValue() * p.get("idf").get(e.getKey()).asDouble() / Math.sqrt(norm);
                z += p.get("weights").get(e.getKey()).asDouble() * v;
            }
            double expected = counts.isEmpty() ? p.get("empty_probability").asDouble() : 1 / (1 + Math.exp(-z));
            assertEquals(expected, m.spamProbability(text), 1e-12);
        }
    }
}
