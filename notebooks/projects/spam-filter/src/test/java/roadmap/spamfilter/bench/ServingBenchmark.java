package roadmap.spamfilter.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import roadmap.data.Mail;
import roadmap.measure.ReadmeBlock;
import roadmap.measure.Versions;
import roadmap.spamfilter.config.SpamFilterConfig;
import roadmap.spamfilter.data.MailCorpus;
import roadmap.spamfilter.model.SpamModel;
import roadmap.spamfilter.model.SpamTrainer;
import roadmap.spamfilter.serve.PredictionServer;
import roadmap.spamfilter.serve.ServerSettings;

/**
 * The serving benchmark: the same model behind the Java server and behind FastAPI + uvicorn
 * (bench/fastapi_app.py, reading the model's portable export), first checked to give the same
 * probabilities, then loaded with wrk at several concurrencies; the table goes into the README
 * block {@code serving-benchmark}. Not a test: run it with {@code ./mvnw -Pserving-benchmark}.
 */
public final class ServingBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServingBenchmark() {
    }

    /**
     * @param args --data FILE --bench DIR --out DIR --readme FILE --python EXE --seconds S
     *             --connections 1,16,64
     * @throws Exception when a server does not start or a tool fails
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path out = Files.createDirectories(Path.of(a.get("out")));
        int seconds = Integer.parseInt(a.getOrDefault("seconds", "10"));
        List<Integer> connections = new ArrayList<>();
        for (String c : a.getOrDefault("connections", "1,16,64").split(",")) {
            connections.add(Integer.parseInt(c.strip()));
        }
        String load0 = loadAverage();
        MailCorpus corpus = MailCorpus.load(Path.of(a.get("data")), "");
        System.out.println("training the default model on " + corpus.file());
        SpamModel model = SpamTrainer.train(SpamFilterConfig.defaultConfig()
                .with(Map.of("data.file", a.get("data"))), corpus);
        Path portable = out.resolve("portable.json");
        model.exportPortable(portable);
        List<String> texts = sample(corpus, 300);
        Path script = writeWrkScript(out.resolve("post.lua"), texts);

        int cores = Runtime.getRuntime().availableProcessors();
        ServerSettings settings = ServerSettings.defaults().withPort(0);
        try (PredictionServer java = PredictionServer.start(model::predict, model.provenance(), settings)) {
            int pyPort = freePort();
            ProcessBuilder pb = new ProcessBuilder(a.get("python"), "-m", "uvicorn", "fastapi_app:app",
                    "--host", "127.0.0.1", "--port", Integer.toString(pyPort), "--workers", Integer.toString(cores),
                    "--log-level", "warning", "--no-access-log")
                    .directory(Path.of(a.get("bench")).toFile()).redirectErrorStream(true)
                    .redirectOutput(out.resolve("uvicorn.log").toFile());
            pb.environment().put("SPAM_MODEL_EXPORT", portable.toAbsolutePath().toString());
            Process uvicorn = pb.start();
            try {
                URI py = URI.create("http://127.0.0.1:" + pyPort);
                waitForHealth(py, uvicorn);
                String identity = compare(java.baseUri(), py, model, texts);
                System.out.println(identity);
                List<String> rows = new ArrayList<>();
                Map<String, URI> servers = new LinkedHashMap<>();
                servers.put("Java (Javalin 7, " + settings.maxThreads() + " threads)", java.baseUri());
                servers.put("FastAPI + uvicorn (" + cores + " workers)", py);
                Map<String, double[][]> results = new LinkedHashMap<>();
                for (Map.Entry<String, URI> s : servers.entrySet()) {
                    wrk(s.getValue(), script, 16, 10);   // warm-up: the JIT compiler, uvicorn workers
                    double[][] r = new double[connections.size()][];
                    for (int i = 0; i < connections.size(); i++) {
                        r[i] = wrk(s.getValue(), script, connections.get(i), seconds);
                        System.out.printf(Locale.ROOT, "%s c=%d: %.0f req/s p50 %.2f ms p99 %.2f ms errors %.0f%n",
                                s.getKey(), connections.get(i), r[i][0], r[i][1], r[i][2], r[i][3]);
                    }
                    results.put(s.getKey(), r);
                }
                String table = table(results, connections, seconds, cores, a.get("python"), identity, load0);
                Files.writeString(out.resolve("table.md"), table);
                System.out.println(table);
                if (a.containsKey("readme")) {
                    new ReadmeBlock("serving-benchmark").rewrite(Path.of(a.get("readme")), table);
                }
            } finally {
                uvicorn.destroy();
                if (!uvicorn.waitFor(10, TimeUnit.SECONDS)) {
                    uvicorn.destroyForcibly();
                }
            }
        }
    }

    private static List<String> sample(MailCorpus corpus, int n) {
        List<Mail> test = new ArrayList<>(corpus.split("test"));
        Collections.shuffle(test, new Random(12));
        List<String> texts = new ArrayList<>();
        for (Mail m : test) {
            if (texts.size() < n && m.text().length() <= 100_000) {
                texts.add(m.text());
            }
        }
        return texts;
    }

    private static Path writeWrkScript(Path file, List<String> texts) throws IOException {
        StringBuilder lua = new StringBuilder("local bodies = {\n");
        for (String t : texts) {
            String body = JSON.writeValueAsString(Map.of("text", t));
            lua.append("  \"").append(body.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\n");
        }
        lua.append("}\nlocal i = 0\n")
                .append("wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\n")
                .append("request = function()\n  i = i % #bodies + 1\n")
                .append("  return wrk.format(nil, \"/predict\", nil, bodies[i])\nend\n");
        Files.writeString(file, lua.toString(), StandardCharsets.UTF_8);
        return file;
    }

    /** @return {requests/s, p50 ms, p99 ms, errors (non-2xx + socket errors)} */
    private static double[] wrk(URI base, Path script, int connections, int seconds) throws Exception {
        int threads = Math.min(connections, 2);
        Process p = new ProcessBuilder("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--latency", "-s", script.toString(), base.toString()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("wrk failed:\n" + text);
        }
        double rps = number(text, "Requests/sec:\\s+([0-9.]+)");
        double p50 = millis(text, "50%");
        double p99 = millis(text, "99%");
        double errors = optional(text, "Non-2xx or 3xx responses:\\s+(\\d+)");
        Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
                .matcher(text);
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Double.parseDouble(socket.group(g));
            }
        }
        return new double[] {rps, p50, p99, errors};
    }

    private static double millis(String text, String percentile) {
        Matcher m = Pattern.compile("\\s" + percentile + "\\s+([0-9.]+)(us|ms|s)\\b").matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + percentile + " latency in wrk's output:\n" + text);
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
    }

    private static double number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no match for " + regex + " in wrk's output:\n" + text);
        }
        return Double.parseDouble(m.group(1));
    }

    private static double optional(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static String compare(URI java, URI py, SpamModel model, List<String> texts) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        double worst = 0;
        int identical = 0;
        int checked = 0;
        for (String t : texts) {
            double inProcess = model.spamProbability(t);
            double pj = probability(client, java, t);
            double pp = probability(client, py, t);
            if (pj != inProcess) {
                throw new IllegalStateException("the Java server's answer differs from the in-process model");
            }
            worst = Math.max(worst, Math.abs(pp - pj));
            identical += pp == pj ? 1 : 0;
            checked++;
        }
        if (worst > 1e-12) {
            throw new IllegalStateException("FastAPI's twin differs from the Java model by up to " + worst);
        }
        return String.format(Locale.ROOT, "Same probabilities on both sides, checked over HTTP on the %d benchmark"
                + " mails: %d bit-identical, largest difference %.1e.", checked, identical, worst);
    }

    private static double probability(HttpClient client, URI base, String text) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/predict"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("text", text))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(base + " answered " + r.statusCode() + ": " + r.body());
        }
        JsonNode answer = JSON.readTree(r.body());
        return answer.get("spamProbability").doubleValue();
    }

    private static void waitForHealth(URI base, Process process) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = 0; i < 120; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("uvicorn exited with " + process.exitValue() + " (see uvicorn.log)");
            }
            try {
                if (client.send(HttpRequest.newBuilder(base.resolve("/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("uvicorn did not answer /health within 60 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String table(Map<String, double[][]> results, List<Integer> connections, int seconds, int cores,
                                String python, String identity, String load0) {
        List<String> names = new ArrayList<>(results.keySet());
        double[][] java = results.get(names.get(0));
        double[][] py = results.get(names.get(1));
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "Measured with wrk on loopback, %d s per run after a 10 s warm-up at 16 connections, %d cores"
                        + " shared by the server, wrk and other jobs (1-minute load average %s before, %s after);"
                        + " JDK %s, Python %s. Each request is `POST /predict` with one of 300 test-split mails"
                        + " (round robin). %s%n%n", seconds, cores, load0, loadAverage(),
                System.getProperty("java.specification.version"), Versions.python(python), identity));
        t.append("| connections | Java req/s | FastAPI req/s | throughput ratio | Java p50 ms | FastAPI p50 ms"
                + " | Java p99 ms | FastAPI p99 ms | errors Java / FastAPI |\n");
        t.append("|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (int i = 0; i < connections.size(); i++) {
            double ratio = java[i][0] / py[i][0];
            t.append(String.format(Locale.ROOT, "| %d | %.0f | %.0f | %.1f×%s | %.2f | %.2f | %.2f%s | %.2f | %.0f / %.0f |%n",
                    connections.get(i), java[i][0], py[i][0], ratio, ratio >= 3 ? "" : " ✗",
                    java[i][1], py[i][1], java[i][2], java[i][2] < py[i][2] ? "" : " ✗", py[i][2],
                    java[i][3], py[i][3]));
        }
        return t.toString();
    }
}
