package roadmap.spamfilter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import roadmap.spamfilter.TestData;
import roadmap.spamfilter.model.SpamModel;

class MainTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path config(String extra) throws IOException {
        Path f = dir.resolve("spam.properties");
        Files.writeString(f, "data.file=" + TestData.DATA.toString().replace('\\', '/') + "\n"
                + "data.trainLimit=" + TestData.TRAIN_LIMIT + "\n" + extra);
        return f;
    }

    @Test
    @Tag("training")
    void trainWritesTheModelAndTheJsonLog() throws IOException {
        Path model = dir.resolve("model.json");
        Path log = dir.resolve("log.jsonl");
        Run r = run("train", "--config", config("").toString(), "--model", model.toString(),
                "--log-file", log.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("split validation") && r.out().contains("averagePrecision"), r.out());
        assertEquals(TestData.corpus().sha256(), SpamModel.load(model).provenance().dataSha256());
        // the JSON log needs Logback as SLF4J's backend (the runnable jar; not a notebook's classpath)
        if (LoggerFactory.getILoggerFactory().getClass().getName().startsWith("ch.qos.logback")) {
            List<String> lines = Files.readAllLines(log);
            long starts = lines.stream().filter(l -> l.contains("\"dataSha256\":\"" + TestData.corpus().sha256()))
                    .count();
            assertEquals(1, starts, String.join("\n", lines));
            assertTrue(lines.stream().allMatch(l -> l.startsWith("{") && l.endsWith("}")), lines.get(0));
        }

        Run eval = run("evaluate", "--model", model.toString(), "--log-file", log.toString());
        assertEquals(0, eval.code(), eval.err());
        assertTrue(eval.out().contains("split test") && eval.out().contains("mails 1104"), eval.out());

        Run pred = run("predict", "--model", model.toString(), "Subject: hi\n\nlunch tomorrow at noon?");
        assertEquals(0, pred.code(), pred.err());
        assertTrue(pred.out().matches("(spam|ham)\t0\\.\\d{6}\targ1\\R"), pred.out());
    }

    @Test
    void aBadConfigValueIsOneLineNamingFileKeyAndValue() throws IOException {
        Path cfg = config("train.learningRate=fast\n");
        Run r = run("train", "--config", cfg.toString(), "--model", dir.resolve("m.json").toString(),
                "--log-file", dir.resolve("log.jsonl").toString());
        assertEquals(1, r.code());
        assertEquals("error: " + cfg + ": train.learningRate = 'fast': not a number", r.err().strip());
    }

    @Test
    void aMissingModelIsNamed() {
        Path missing = dir.resolve("nothing.json");
        Run r = run("predict", "--model", missing.toString(), "hello");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("error: model file " + missing + " does not exist"), r.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : List.of("train", "evaluate", "predict")) {
            Run r = run(cmd, "--help");
            assertEquals(0, r.code(), cmd);
            assertTrue(r.out().contains("Usage: spam-filter " + cmd), r.out());
        }
        Run usage = run("train");
        assertEquals(2, usage.code());
        assertTrue(usage.err().contains("Missing required option: '--model=FILE'"), usage.err());
    }
}
