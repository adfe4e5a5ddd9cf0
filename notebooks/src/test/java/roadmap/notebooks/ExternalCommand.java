package roadmap.notebooks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command of the machine (python, jupyter) with a timeout, killing its whole tree if it overruns. */
final class ExternalCommand {
    record Result(int exitCode, String output) {
    }

    private ExternalCommand() {
    }

    static Result run(List<String> command, Map<String, String> env, Path workDir, Duration timeout)
            throws IOException, InterruptedException {
        return run(command, env, workDir, timeout, process -> { });
    }

    /**
     * @param started told the process as soon as it runs (a caller that runs commands in the
     *                background keeps it, to end its tree if the JVM exits first)
     */
    static Result run(List<String> command, Map<String, String> env, Path workDir, Duration timeout,
            java.util.function.Consumer<Process> started) throws IOException, InterruptedException {
        Path log = Files.createTempFile("roadmap-cmd", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            started.accept(process);
            try {
                if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                    throw new IllegalStateException(String.join(" ", command) + " did not finish within "
                            + timeout.toSeconds() + " s; output:\n" + tail(log));
                }
                return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
            } finally {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** True when {@code command} runs and exits 0 (used to probe for python modules and jupyter). */
    static boolean succeeds(List<String> command) {
        try {
            return run(command, Map.of(), Path.of("."), Duration.ofSeconds(60)).exitCode() == 0;
        } catch (IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String tail(Path log) throws IOException {
        String text = Files.readString(log, StandardCharsets.UTF_8);
        return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
    }
}
