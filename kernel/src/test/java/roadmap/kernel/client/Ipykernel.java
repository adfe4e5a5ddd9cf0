package roadmap.kernel.client;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Debian's ipykernel as a stand-in kernel for client and runner tests. */
public final class Ipykernel {

    /** Debian's system python, which has ipykernel when python3-ipykernel is installed. */
    public static final Path PYTHON = Path.of("/usr/bin/python3");
    private static Boolean available;

    private Ipykernel() {
    }

    /** @return the kernel command line template */
    public static List<String> argv() {
        return List.of(PYTHON.toString(), "-m", "ipykernel_launcher", "-f", "{connection_file}");
    }

    /** Skips the calling test, with a reason, when ipykernel is not installed. */
    public static void assumeAvailable() {
        Assumptions.assumeTrue(available(), "skipped: /usr/bin/python3 lacks ipykernel (apt-get install python3-ipykernel)");
    }

    /** Skips the calling test when nbformat is not installed. */
    public static void assumeNbformat() {
        Assumptions.assumeTrue(pythonCan("import nbformat"), "skipped: /usr/bin/python3 lacks nbformat (apt-get install python3-nbformat)");
    }

    /** @return whether ipykernel can be imported */
    public static synchronized boolean available() {
        if (available == null) {
            available = pythonCan("import ipykernel");
        }
        return available;
    }

    /**
     * @param statement python code
     * @return whether it ran with exit code 0
     */
    public static boolean pythonCan(String statement) {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        try {
            Process process = new ProcessBuilder(PYTHON.toString(), "-c", statement)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** @return environment that keeps ipykernel quiet and independent of the user's profile */
    public static java.util.Map<String, String> env() {
        return java.util.Map.of("PYDEVD_DISABLE_FILE_VALIDATION", "1");
    }
}
