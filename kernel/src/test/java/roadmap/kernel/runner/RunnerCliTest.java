package roadmap.kernel.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import roadmap.kernel.client.Ipykernel;

class RunnerCliTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return RunnerCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "run a.ipynb --bogus", "run a.ipynb --inplace --output d", "run a.ipynb --mode turbo",
            "run a.ipynb --timeout -3", "run a.ipynb --timeout", "run x/a.ipynb y/a.ipynb --output d"})
    void usageErrorsExitWith2AndShowTheUsage(String commandLine) {
        assertEquals(2, run(commandLine.split(" ")));
        assertTrue(err().startsWith("error: "), err());
        assertTrue(err().contains("usage: java -jar java-kernel.jar run NOTEBOOK..."), err());
        assertEquals("", out());
    }

    @Test
    void helpPrintsUsageAndExits0() {
        assertEquals(0, run("run", "--help"));
        assertTrue(out().contains("--kernelspec DIR"), out());
    }

    @Test
    void aMissingNotebookFailsWithExit1AndAClearLine() throws Exception {
        Path spec = TestNotebooks.ipykernelSpec(dir);
        Path missing = dir.resolve("nope.ipynb");
        assertEquals(1, run("run", missing.toString(), "--kernelspec", spec.toString()));
        assertEquals("FAIL nope.ipynb: notebook not found: " + missing + "\n", out());
    }

    @Test
    void aMissingKernelspecIsAUsageError() {
        assertEquals(2, run("run", "a.ipynb", "--kernelspec", dir.resolve("none").toString()));
        assertTrue(err().contains("no kernel.json in"), err());
    }

    @Test
    void printsOneLinePerNotebookAndExits1WhenOneFails() throws Exception {
        Ipykernel.assumeAvailable();
        Path spec = TestNotebooks.ipykernelSpec(dir);
        Path good = TestNotebooks.write(dir, "good.ipynb", TestNotebooks.markdown("# t"),
                TestNotebooks.code("print('✔ fine')", "check"));
        Path bad = TestNotebooks.write(dir, "bad.ipynb", TestNotebooks.code("raise ValueError('✘ wrong answer')"));
        byte[] badBefore = Files.readAllBytes(bad);
        int exit = run("run", good.toString(), bad.toString(), "--inplace", "--mode", "fast", "--kernelspec", spec.toString());
        String[] lines = out().split("\n");
        assertEquals(1, exit, out());
        assertTrue(lines[0].matches("ok   good\\.ipynb  \\d+\\.\\d s  peak RSS (\\d+ MB|n/a)  \\(2 cells, 1 checks\\)"), lines[0]);
        assertEquals("FAIL bad.ipynb: cell 1 `raise ValueError('✘ wrong answer')`: ValueError: ✘ wrong answer", lines[1]);
        assertTrue(out().contains("left unchanged"), out());
        assertTrue(Files.readString(good).contains("\"✔ fine\\n\""), "good notebook rewritten in place");
        assertEquals(new String(badBefore, StandardCharsets.UTF_8), Files.readString(bad));
    }
}
