package roadmap.kernel.install;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Where {@code jupyter kernelspec install} puts kernelspecs ("kernels" directories), per the
 * Jupyter data-directory rules.
 */
public final class KernelSpecLocations {
    private KernelSpecLocations() {
    }

    /**
     * {@code --user}: {@code ~/.local/share/jupyter/kernels} on Linux (or
     * {@code $XDG_DATA_HOME/jupyter/kernels}), {@code ~/Library/Jupyter/kernels} on macOS,
     * {@code %APPDATA%\jupyter\kernels} on Windows; {@code $JUPYTER_DATA_DIR/kernels} if set.
     *
     * @param osName the {@code os.name} system property
     * @param env    the environment
     * @param home   the user's home directory
     * @return the per-user kernels directory
     */
    public static Path userKernelsDir(String osName, Map<String, String> env, Path home) {
        String dataDir = env.get("JUPYTER_DATA_DIR");
        if (dataDir != null && !dataDir.isBlank()) {
            return Paths.get(dataDir, "kernels");
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Jupyter").resolve("kernels");
        }
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Paths.get(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("jupyter").resolve("kernels");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Paths.get(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("jupyter").resolve("kernels");
    }

    /** @return {@link #userKernelsDir(String, Map, Path)} for this machine */
    public static Path userKernelsDir() {
        return userKernelsDir(System.getProperty("os.name"), System.getenv(), homeDir(System.getenv()));
    }

    /**
     * The home directory as Jupyter sees it: Python's {@code expanduser("~")} honours {@code $HOME},
     * while Java's {@code user.home} comes from the password database, and the two differ when a
     * script or CI job sets HOME.
     *
     * @param env the environment
     * @return {@code $HOME} when set (outside Windows), else {@code user.home}
     */
    static Path homeDir(Map<String, String> env) {
        String home = env.get("HOME");
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return !windows && home != null && !home.isBlank() ? Paths.get(home) : Paths.get(System.getProperty("user.home"));
    }

    /**
     * {@code --prefix DIR}: {@code DIR/share/jupyter/kernels}.
     *
     * @param prefix the prefix
     * @return the kernels directory under it
     */
    public static Path prefixKernelsDir(Path prefix) {
        return prefix.resolve("share").resolve("jupyter").resolve("kernels");
    }

    /**
     * {@code --sys-prefix}: the kernels directory of the Python environment Jupyter runs in:
     * {@code $VIRTUAL_ENV}, else {@code $CONDA_PREFIX}, else {@code sys.prefix} of the
     * {@code python3} (or {@code python}) on the PATH.
     *
     * @param env the environment
     * @return the kernels directory under that prefix
     * @throws IOException if no Python can be found to ask
     */
    public static Path sysPrefixKernelsDir(Map<String, String> env) throws IOException {
        for (String variable : new String[] {"VIRTUAL_ENV", "CONDA_PREFIX"}) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                return prefixKernelsDir(Paths.get(value));
            }
        }
        return prefixKernelsDir(pythonSysPrefix());
    }

    private static Path pythonSysPrefix() throws IOException {
        IOException last = null;
        for (String python : new String[] {"python3", "python"}) {
            try {
                Process process = new ProcessBuilder(python, "-c", "import sys; print(sys.prefix)")
                        .redirectErrorStream(true).start();
                String output;
                try (InputStream in = process.getInputStream()) {
                    output = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
                }
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IOException(python + " did not answer within 20 s");
                }
                if (process.exitValue() == 0 && !output.isEmpty()) {
                    return Paths.get(output);
                }
                last = new IOException(python + " failed: " + output);
            } catch (IOException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while asking python for sys.prefix", e);
            }
        }
        throw new IOException("--sys-prefix needs the Python that runs Jupyter (python3 on the PATH, or VIRTUAL_ENV/CONDA_PREFIX set): " + last.getMessage(), last);
    }
}
