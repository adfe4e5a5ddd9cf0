package roadmap.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import roadmap.kernel.client.ExecuteResult;
import roadmap.kernel.client.JupyterMessage;
import roadmap.kernel.client.KernelClient;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Pattern;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The kernel's behaviour over the Jupyter wire protocol, with one kernel shared by all tests. */
class KernelProtocolTest {
    private static final Duration CELL_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern ANSI = Pattern.compile("\u001B\\[");
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};

    @TempDir
    static Path workDir;

    private static KernelUnderTest kernel;
    private static KernelClient client;

    @BeforeAll
    static void startKernel() {
        kernel = KernelUnderTest.start(workDir);
        client = kernel.client();
    }

    @AfterAll
    static void stopKernel() {
        if (kernel != null) {
            kernel.close();
        }
    }

    private static ExecuteResult run(String code) {
        return client.execute(code, CELL_TIMEOUT);
    }

    private static ExecuteResult runOk(String code) {
        ExecuteResult result = run(code);
        assertTrue(result.ok(), () -> "cell failed: " + code + "\n" + result.outputs().toPrettyString());
        return result;
    }

    private static List<String> outputTypes(ExecuteResult result) {
        List<String> types = new ArrayList<>();
        result.outputs().forEach(o -> types.add(o.path("output_type").asText()));
        return types;
    }

    @Test
    void lastExpressionIsDisplayedAsExecuteResult() {
        runOk("int answer = 41;");
        ExecuteResult result = runOk("answer + 1");
        assertEquals(List.of("execute_result"), outputTypes(result));
        assertEquals(Optional.of("42"), result.data("text/plain"));
        assertEquals(Optional.of("41"), runOk("answer").data("text/plain"), "a bare variable shows its value");
    }

    @Test
    void methodChainsBrokenAcrossLinesStayOneStatement() {
        runOk("String shout = \"abc\"\n        .toUpperCase()\n        .repeat(2);");
        assertEquals(Optional.of("ABCABC"), runOk("shout").data("text/plain"));
        assertEquals(Optional.of("6"), runOk("shout\n    .length()").data("text/plain"),
                "a chain as the last expression displays its value");
    }

    @Test
    void statementsAndTrailingSemicolonShowNothing() {
        assertEquals(List.of(), outputTypes(runOk("var list = new ArrayList<String>();")));
        assertEquals(List.of(), outputTypes(runOk("list.add(\"x\");")), "a trailing semicolon suppresses the value");
        assertEquals(Optional.of("[x]"), runOk("list").data("text/plain"));
    }

    @Test
    void multiLineValuesAlsoGetPreformattedHtml() {
        ExecuteResult result = runOk("\"a<b\\nc\"");
        assertEquals(Optional.of("a<b\nc"), result.data("text/plain"));
        assertEquals(Optional.of("<pre>a&lt;b\nc</pre>"), result.data("text/html"));
    }

    @Test
    void bufferedImageIsShownAsPng() {
        ExecuteResult result = runOk("var img = new java.awt.image.BufferedImage(8, 6, java.awt.image.BufferedImage.TYPE_INT_RGB);\nimg");
        assertPng(result);
        assertTrue(result.data("text/plain").orElseThrow().contains("8x6"));
    }

    @Test
    void xchartChartIsShownAsPng() {
        ExecuteResult result = runOk(String.join("\n",
                "import org.knowm.xchart.XYChart;",
                "import org.knowm.xchart.XYChartBuilder;",
                "XYChart chart = new XYChartBuilder().width(300).height(200).title(\"loss\").build();",
                "chart.addSeries(\"train\", new double[] {1, 2, 3}, new double[] {3, 2, 1});",
                "chart"));
        assertPng(result);
        assertEquals(Optional.of("XYChart: loss"), result.data("text/plain"));
    }

    @Test
    void displayFunctionShowsAChartMidCell() {
        ExecuteResult result = runOk(String.join("\n",
                "System.out.println(\"before\");",
                "display(new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB));",
                "System.out.println(\"after\");"));
        assertEquals(List.of("stream", "display_data", "stream"), outputTypes(result));
        assertEquals("before\nafter\n", result.stdout());
    }

    @Test
    void objectWithToHtmlIsShownAsHtml() {
        runOk("public record Table(int rows) { public String toHtml() { return \"<table><tr><td>\" + rows + \"</td></tr></table>\"; } }");
        ExecuteResult result = runOk("new Table(3)");
        assertEquals(Optional.of("<table><tr><td>3</td></tr></table>"), result.data("text/html"));
        assertEquals(Optional.of("Table[rows=3]"), result.data("text/plain"));
    }

    @Test
    void compileErrorPointsAtTheCode() {
        ExecuteResult result = run("int fine = 1;\nint wrong = \"text\";");
        assertEquals(ExecuteResult.Status.ERROR, result.status());
        ExecuteResult.ErrorInfo error = result.error().orElseThrow();
        assertEquals("CompilationException", error.ename());
        assertTrue(error.evalue().contains("incompatible types"), error.evalue());
        String trace = String.join("\n", error.traceback());
        assertTrue(trace.contains("line 2"), trace);
        assertTrue(trace.contains("   2 | int wrong = \"text\";\n                   ^^^^^^"), trace);
    }

    @Test
    void runtimeExceptionReportsItsRealClassAndStateSurvives() {
        runOk("int kept = 7;");
        ExecuteResult result = run("int before = 1;\nInteger.parseInt(\"x\");");
        ExecuteResult.ErrorInfo error = result.error().orElseThrow();
        assertEquals("java.lang.NumberFormatException", error.ename());
        assertEquals("For input string: \"x\"", error.evalue());
        assertFalse(ANSI.matcher(error.ename() + error.evalue()).find(), "no ANSI codes in ename/evalue");
        String trace = String.join("\n", error.traceback());
        assertTrue(trace.contains("at java.lang.Integer.parseInt"), trace);
        assertTrue(trace.contains("cell line 2"), trace);
        assertFalse(trace.contains("jdk.jshell") || trace.contains("jdk.internal.reflect"), trace);
        assertEquals(Optional.of("8"), runOk("kept + before").data("text/plain"));
    }

    @Test
    void exceptionInAMethodShowsCellLinesAndCauses() {
        ExecuteResult result = run(String.join("\n",
                "void fail() {",
                "    throw new IllegalStateException(\"outer\", new ArithmeticException(\"inner\"));",
                "}",
                "fail();"));
        ExecuteResult.ErrorInfo error = result.error().orElseThrow();
        assertEquals("java.lang.IllegalStateException", error.ename());
        String trace = String.join("\n", error.traceback());
        assertTrue(trace.contains("at fail(cell line 2)"), trace);
        assertTrue(trace.contains("at cell(cell line 4)"), trace);
        assertTrue(trace.contains("Caused by: java.lang.ArithmeticException: inner"), trace);
    }

    @Test
    void systemExitIsReportedAndTheKernelLives() {
        runOk("int survivor = 5;");
        ExecuteResult result = run("System.out.println(\"bye\");\nSystem.exit(3);");
        ExecuteResult.ErrorInfo error = result.error().orElseThrow();
        assertTrue(error.evalue().contains("System.exit(3) was called in a cell"), error.evalue());
        ExecuteResult viaRuntime = run("Runtime.getRuntime().halt(4)");
        assertTrue(viaRuntime.error().orElseThrow().evalue().contains("Runtime.halt(4)"));
        assertTrue(kernel.process().isAlive());
        assertEquals(Optional.of("5"), runOk("survivor").data("text/plain"));
    }

    @Test
    void hugeOutputIsCappedAndFinishes() {
        ExecuteResult result = runOk("for (int i = 0; i < 200_000; i++) System.out.println(\"line \" + i);");
        String stdout = result.stdout();
        assertTrue(stdout.startsWith("line 0\nline 1\n"), stdout.substring(0, 40));
        assertEquals(KernelCommand.MAX_LINES_PER_CELL, stdout.lines().count());
        assertTrue(result.stderr().contains("190,000 more lines"), result.stderr());
        assertTrue(result.outputs().size() < 50, "output is coalesced into few messages: " + result.outputs().size());
    }

    @Test
    void carriageReturnProgressPassesThrough() {
        ExecuteResult result = runOk("for (int i = 0; i <= 100; i++) System.out.print(\"\\rprogress \" + i + \"%\");\nSystem.out.println();");
        assertTrue(result.stdout().contains("\rprogress 100%\n"), result.stdout());
    }

    @Test
    void tabCompletion() {
        runOk("String greeting = \"hello\";");
        String code = "greeting.toUpp";
        JsonNode reply = client.complete(code, code.length());
        assertEquals("ok", reply.path("status").asText());
        List<String> matches = new ArrayList<>();
        reply.path("matches").forEach(m -> matches.add(m.asText()));
        assertTrue(matches.contains("toUpperCase("), matches.toString());
        assertEquals("greeting.".length(), reply.path("cursor_start").asInt());
        assertEquals(code.length(), reply.path("cursor_end").asInt());

        String second = "int a = 1;\nMath.ab";
        JsonNode inSecondSnippet = client.complete(second, second.length());
        assertEquals(second.length() - 2, inSecondSnippet.path("cursor_start").asInt());
        assertTrue(inSecondSnippet.path("matches").toString().contains("abs("));
    }

    @Test
    void shiftTabInspection() {
        String code = "Math.max(";
        JsonNode reply = client.inspect(code, code.length(), 0);
        assertEquals("ok", reply.path("status").asText());
        assertTrue(reply.path("found").asBoolean(), reply.toString());
        assertTrue(reply.path("data").path("text/plain").asText().contains("max(int"), reply.toString());
    }

    @Test
    void kernelInfoDescribesJava() {
        JsonNode info = client.kernelInfo();
        assertEquals("roadmap-java", info.path("implementation").asText());
        JsonNode language = info.path("language_info");
        assertEquals("java", language.path("name").asText());
        assertEquals(".java", language.path("file_extension").asText());
        assertEquals("text/x-java", language.path("codemirror_mode").asText());
        assertEquals("java", language.path("pygments_lexer").asText());
        assertEquals(Runtime.version().feature(), Runtime.Version.parse(language.path("version").asText()).feature());
    }

    @Test
    void kernelInfoReplyHasStatusOk() {
        assertEquals("ok", client.kernelInfo().path("status").asText());
    }

    @Test
    void historyRequestGetsTheCellsRun() {
        runOk("int remembered = 3;");
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        request.put("output", false);
        request.put("raw", true);
        request.put("hist_access_type", "tail");
        request.put("n", 5);
        JupyterMessage reply = client.shellRequest("history_request", request, CELL_TIMEOUT);
        assertEquals("history_reply", reply.msgType());
        assertEquals("ok", reply.content().path("status").asText("ok"));
        JsonNode history = reply.content().path("history");
        assertTrue(history.isArray() && history.size() <= 5, history.toString());
        assertTrue(history.toString().contains("int remembered = 3;"), history.toString());
    }

    @Test
    void completionCursorsCountCodePoints() {
        String code = "int smile = 1; // \uD83D\uDE00\n\"\uD83D\uDE00\".toUpp";
        int cursor = code.codePointCount(0, code.length());
        JsonNode reply = client.complete(code, cursor);
        List<String> matches = new ArrayList<>();
        reply.path("matches").forEach(m -> matches.add(m.asText()));
        assertTrue(matches.contains("toUpperCase("), "an emoji before the cursor: " + reply);
        assertEquals(cursor - "toUpp".length(), reply.path("cursor_start").asInt());
        assertEquals(cursor, reply.path("cursor_end").asInt());
    }

    @Test
    void inspectionOfAMethodNameWithoutParenthesis() {
        JsonNode reply = client.inspect("Math.max", "Math.max".length(), 0);
        assertTrue(reply.path("found").asBoolean(), reply.toString());
        String text = reply.path("data").path("text/plain").asText();
        assertTrue(text.contains("max(int") && text.contains("max(double"), text);
    }

    @Test
    void userExpressionsAreEvaluated() {
        ObjectNode content = JsonNodeFactory.instance.objectNode();
        content.put("code", "int base = 20;");
        content.put("silent", false);
        content.put("store_history", true);
        ObjectNode expressions = content.putObject("user_expressions");
        expressions.put("double", "base * 2");
        expressions.put("broken", "base.length()");
        content.put("allow_stdin", false);
        JupyterMessage reply = client.shellRequest("execute_request", content, CELL_TIMEOUT);
        JsonNode values = reply.content().path("user_expressions");
        assertEquals("ok", values.path("double").path("status").asText(), values.toString());
        assertEquals("40", values.path("double").path("data").path("text/plain").asText(), values.toString());
        assertEquals("error", values.path("broken").path("status").asText(), values.toString());
        assertEquals("CompilationException", values.path("broken").path("ename").asText(), values.toString());
    }

    @Test
    void classpathMagicAddsAJar(@TempDir Path dir) throws IOException {
        Path jar = buildJar(dir, "demo.Greeter", "package demo; public class Greeter { public static String hi() { return \"hi from jar\"; } }");
        ExecuteResult result = runOk("%classpath " + dir.toAbsolutePath() + "/*.jar\ndemo.Greeter.hi()");
        assertEquals(Optional.of("hi from jar"), result.data("text/plain"));
        assertTrue(Files.exists(jar));
        ExecuteResult missing = run("%classpath /no/such/dir/*.jar");
        assertEquals("MagicError", missing.error().orElseThrow().ename());
    }

    @Test
    void mavenMagicResolvesFromTheLocalRepositoryOffline() {
        Path local = Paths.get(System.getProperty("user.home"), ".m2", "repository", "org", "apache", "commons", "commons-csv", "1.14.1");
        assumeTrue(Files.isDirectory(local), "commons-csv 1.14.1 is in ~/.m2");
        ExecuteResult result = runOk("%maven org.apache.commons:commons-csv:1.14.1\norg.apache.commons.csv.CSVFormat.DEFAULT.getDelimiterString()");
        assertTrue(result.stdout().contains("Added"), result.stdout());
        assertEquals(Optional.of(","), result.data("text/plain"));
        ExecuteResult bad = run("%maven not-coordinates");
        assertEquals("MagicError", bad.error().orElseThrow().ename());
    }

    @Test
    void mavenMagicRefusesCoordinatesThatArePaths() {
        Path outside = workDir.resolve("planted");
        ExecuteResult result = run("%maven " + outside + ":y:1.0");
        assertEquals("MagicError", result.error().orElseThrow().ename());
        assertTrue(result.error().orElseThrow().evalue().contains("may only have letters, digits"), result.error().orElseThrow().evalue());
        assertFalse(Files.exists(outside), "no folder is created from the coordinates");
    }

    @Test
    void messageWithWrongSignatureIsIgnored() {
        byte[] forged = "0".repeat(64).getBytes(StandardCharsets.US_ASCII);
        client.sendRawShell("kernel_info_request", JsonNodeFactory.instance.objectNode(), forged);
        assertEquals(Optional.empty(), client.pollShellReply(Duration.ofSeconds(2)), "no reply to a forged message");
        assertEquals("roadmap-java", client.kernelInfo().path("implementation").asText(), "the kernel still answers signed messages");
    }

    @Test
    void socketsListenOnLoopbackOnly() throws IOException {
        int shellPort = client.connectionInfo().shellPort();
        assertEquals("127.0.0.1", client.connectionInfo().ip());
        try (Socket loopback = new Socket()) {
            loopback.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), shellPort), 2000);
        }
        InetAddress external = nonLoopbackAddress();
        assumeTrue(external != null, "this machine has a non-loopback IPv4 address");
        assertThrows(IOException.class, () -> {
            try (Socket outside = new Socket()) {
                outside.connect(new InetSocketAddress(external, shellPort), 2000);
            }
        }, "the shell port must not accept connections on " + external);
    }

    private static InetAddress nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return address;
                }
            }
        }
        return null;
    }

    private static void assertPng(ExecuteResult result) {
        String png = result.data("image/png").orElseThrow(() -> new AssertionError("no image/png in " + result.outputs()));
        byte[] bytes = Base64.getDecoder().decode(png);
        for (int i = 0; i < PNG_MAGIC.length; i++) {
            assertEquals(PNG_MAGIC[i], bytes[i], "PNG signature");
        }
        assertTrue(result.data("text/plain").isPresent(), "text/plain fallback");
    }

    static Path buildJar(Path dir, String className, String source) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        Path src = dir.resolve("src");
        Path classes = dir.resolve("classes");
        Path file = src.resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.createDirectories(classes);
        Files.writeString(file, source);
        int status = compiler.run(null, null, null, "--release", "17", "-d", classes.toString(), file.toString());
        assertEquals(0, status, "test jar source compiles");
        Path jar = dir.resolve("demo.jar");
        String entry = className.replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(entry));
            try (OutputStream sink = new NonClosing(out)) {
                Files.copy(classes.resolve(entry), sink);
            }
            out.closeEntry();
        }
        return jar;
    }

    private static final class NonClosing extends OutputStream {
        private final OutputStream delegate;

        NonClosing(OutputStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public void write(int b) throws IOException {
            delegate.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            delegate.write(b, off, len);
        }

        @Override
        public void close() {
            // the jar stream stays open for closeEntry
        }
    }
}
