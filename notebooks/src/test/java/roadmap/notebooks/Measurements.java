package roadmap.notebooks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import roadmap.kernel.runner.RunReport;
import roadmap.measure.ReadmeBlock;

/**
 * Publishes what the harness measured: per-notebook time and peak RSS (fast and full mode) and the
 * kernel's latency, as a markdown block. Always written to {@code notebooks/target/measurements.md};
 * with {@code -Droadmap.updateReadme=true} it also replaces the block between the README's
 * {@code <!-- benchmark:start -->} and {@code <!-- benchmark:end -->} markers, keeping the other
 * mode's columns from the README so fast and full runs can be recorded one after the other (the
 * rewriting is lib's {@link ReadmeBlock}, shared with lib's benchmarks).
 */
final class Measurements {
    static final ReadmeBlock BLOCK = new ReadmeBlock("benchmark");
    static final String LATENCY_PREFIX = "Kernel latency";

    /** One notebook's row: time and RSS per mode ("" when not measured). */
    record Row(String fastTime, String fastRss, String fullTime, String fullRss) {
    }

    private Measurements() {
    }

    static synchronized void recordNotebooks(String mode, List<RunReport> reports) throws IOException {
        Block block = current();
        for (RunReport report : reports) {
            String name = report.notebook().getFileName().toString();
            Row old = block.rows.getOrDefault(name, new Row("", "", "", ""));
            String time = report.ok() ? String.format(Locale.ROOT, "%.1f s", report.total().toMillis() / 1000.0)
                    : "failed";
            String rss = report.peakRssBytes() < 0 ? "n/a" : (report.peakRssBytes() / (1024 * 1024)) + " MB";
            block.rows.put(name, mode.equals("fast") ? new Row(time, rss, old.fullTime, old.fullRss)
                    : new Row(old.fastTime, old.fastRss, time, rss));
        }
        publish(block);
    }

    /**
     * @param section markdown that starts with {@value #LATENCY_PREFIX}; it replaces the block's
     *                latency section (everything after the notebook table)
     */
    static synchronized void recordLatency(String section) throws IOException {
        if (!section.startsWith(LATENCY_PREFIX)) {
            throw new IllegalArgumentException("the latency section must start with " + LATENCY_PREFIX);
        }
        Block block = current();
        block.latency = section.strip();
        publish(block);
    }

    private static final class Block {
        final Map<String, Row> rows = new TreeMap<>();
        /** Everything after the notebook table, from the line that starts with the latency prefix. */
        String latency = "";
    }

    /** The block as last written in this build, else as the README has it. */
    private static Block current() throws IOException {
        Path local = HarnessEnvironment.targetDir().resolve("measurements.md");
        if (Files.exists(local)) {
            return parse(Files.readString(local, StandardCharsets.UTF_8));
        }
        Path readme = readme();
        return Files.exists(readme) ? parse(Files.readString(readme, StandardCharsets.UTF_8)) : new Block();
    }

    static Block parse(String text) {
        Block block = new Block();
        String body = BLOCK.read(text).orElse(text);
        int latencyAt = body.indexOf(LATENCY_PREFIX);
        if (latencyAt >= 0) {
            block.latency = body.substring(latencyAt).strip();
            body = body.substring(0, latencyAt);
        }
        for (String line : body.lines().toList()) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|", -1);
            if (cells.length >= 7) {
                String name = cells[1].strip().replace("`", "");
                block.rows.put(name, new Row(cells[2].strip(), cells[3].strip(), cells[4].strip(), cells[5].strip()));
            }
        }
        return block;
    }

    static String render(Block block) {
        List<String> lines = new ArrayList<>();
        lines.add("| notebook | fast: time | fast: peak RSS | full: time | full: peak RSS |");
        lines.add("|---|---|---|---|---|");
        block.rows.forEach((name, row) -> lines.add("| `" + name + "` | " + row.fastTime + " | " + row.fastRss + " | "
                + row.fullTime + " | " + row.fullRss + " |"));
        if (!block.latency.isEmpty()) {
            lines.add("");
            lines.add(block.latency);
        }
        return String.join("\n", lines);
    }

    private static void publish(Block block) throws IOException {
        String rendered = render(block);
        Files.createDirectories(HarnessEnvironment.targetDir());
        Files.writeString(HarnessEnvironment.targetDir().resolve("measurements.md"), BLOCK.wrap(rendered),
                StandardCharsets.UTF_8);
        if (Boolean.getBoolean("roadmap.updateReadme")) {
            BLOCK.rewrite(readme(), rendered);
        }
    }

    private static Path readme() {
        return Path.of(System.getProperty("roadmap.readme",
                HarnessEnvironment.notebooksDir().resolve("../README.md").toString())).toAbsolutePath().normalize();
    }

    /** For tests: a map view of rows. */
    static Map<String, Row> rowsOf(String text) {
        return new LinkedHashMap<>(parse(text).rows);
    }
}
