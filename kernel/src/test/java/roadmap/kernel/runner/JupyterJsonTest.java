package roadmap.kernel.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import roadmap.kernel.client.Ipykernel;

class JupyterJsonTest {

    private static final String TRICKY = "{\"b\": [1, 2.5, 1e-05, 1e+16, 123456.789, -0.0, true, null, [], {}],"
            + " \"a\": {\"z\": \"tab\\t nl\\n cr\\r esc\\u001b bell\\u0007 quote\\\" back\\\\ slash/ é ✘ \\u2028\","
            + " \"y\": 12345678901234567890}, \"c\": 0.1}";

    @Test
    void writesExactlyWhatPythonJsonDumpsWrites() throws Exception {
        Assumptions.assumeTrue(Ipykernel.pythonCan("import json"), "skipped: no /usr/bin/python3");
        Process python = new ProcessBuilder(Ipykernel.PYTHON.toString(), "-c",
                "import json,sys; print(json.dumps(json.loads(sys.stdin.read()), sort_keys=True, indent=1, ensure_ascii=False))")
                .start();
        python.getOutputStream().write(TRICKY.getBytes(StandardCharsets.UTF_8));
        python.getOutputStream().close();
        String expected = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, python.waitFor());
        JsonNode tree = TestNotebooks.JSON.readTree(TRICKY);
        assertEquals(expected, JupyterJson.write(tree));
    }

    @Test
    void formatsFloatsLikePythonRepr() {
        assertEquals("1e-05", JupyterJson.pythonFloat(0.00001));
        assertEquals("0.0001", JupyterJson.pythonFloat(0.0001));
        assertEquals("1e+16", JupyterJson.pythonFloat(1e16));
        assertEquals("1000000000000000.0", JupyterJson.pythonFloat(1e15));
        assertEquals("-2.5", JupyterJson.pythonFloat(-2.5));
        assertEquals("1.2345e-07", JupyterJson.pythonFloat(1.2345e-7));
    }

    @Test
    void splitsLinesLikePythonSplitlinesKeepends() {
        assertEquals(List.of("a\n", "b\r\n", "c\r", "d"), JupyterJson.splitLines("a\nb\r\nc\rd"));
        assertEquals(List.of(), JupyterJson.splitLines(""));
        assertEquals(List.of("x\n"), JupyterJson.splitLines("x\n"));
        assertEquals(List.of("p\u000c", "q"), JupyterJson.splitLines("p\u000cq"));
    }
}
