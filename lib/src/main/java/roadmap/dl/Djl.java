package roadmap.dl;

import ai.djl.engine.Engine;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sets DJL up for the course: offline, PyTorch engine, reproducible seeds.
 *
 * <p>Every class of {@code roadmap.dl} calls {@link #init()} before it touches DJL; a notebook
 * that uses DJL directly should call it (or {@link #seed(long)}) in its setup cell. It sets, unless
 * the user already chose otherwise (system property or environment variable):
 * <ul>
 *   <li>{@code ai.djl.offline=true} (env {@code DJL_OFFLINE}): DJL never downloads anything. The
 *       PyTorch natives come from the {@code pytorch-native-cpu} and {@code pytorch-jni} jars on
 *       the classpath and are extracted once to DJL's cache directory.</li>
 *   <li>{@code ai.djl.default_engine=PyTorch}.</li>
 *   <li>{@code ai.djl.pytorch.num_threads=1} and {@code ai.djl.pytorch.num_interop_threads=1}
 *       (unless set, or {@code OMP_NUM_THREADS} is set): one compute thread. On shared or
 *       CPU-quota'd machines (Binder, CI) OpenMP's spinning threads made an MLP epoch 15x slower
 *       with 2 threads than with 1 (measured: 36 s vs 2.4 s under load), and one thread gives
 *       bit-identical results on every machine, so committed outputs do not drift. A learner with
 *       idle cores may start the kernel with {@code -Dai.djl.pytorch.num_threads=4}.</li>
 *   <li>the cache directory: DJL's default {@code ~/.djl.ai} (libtorch takes 448 MB there); when
 *       that is not writable, {@code ENGINE_CACHE_DIR} is set to {@code <tmp>/djl-cache}.</li>
 * </ul>
 *
 * <p>On a platform without a {@code pytorch-native-cpu} jar on Maven Central (Intel macOS:
 * PyTorch 2.7 has no build for it) nothing can load offline; run the course in Binder or Docker.
 * A learner with internet on another unusual platform may start the JVM with
 * {@code -Dai.djl.offline=false} to let DJL download libtorch on first use.
 */
public final class Djl {

    /** The system property DJL reads for offline mode. */
    public static final String OFFLINE = "ai.djl.offline";

    /** The system property that sets PyTorch's intra-op thread count (read when the engine loads). */
    public static final String THREADS = "ai.djl.pytorch.num_threads";

    /** The system property that sets PyTorch's inter-op thread count. */
    public static final String INTEROP_THREADS = "ai.djl.pytorch.num_interop_threads";

    private static volatile Engine engine;

    private Djl() {
    }

    /**
     * Configures DJL (once per JVM) and loads the PyTorch engine.
     *
     * @return the engine
     * @throws ai.djl.engine.EngineException when libtorch cannot be loaded; the message says why
     */
    public static Engine init() {
        Engine e = engine;
        if (e != null) {
            return e;
        }
        synchronized (Djl.class) {
            if (engine == null) {
                configure();
                ClassLoader previous = Thread.currentThread().getContextClassLoader();
                // DJL finds its engine with ServiceLoader on the context class loader; in the
                // notebook kernel the libraries live in a child loader, the one that loaded us.
                Thread.currentThread().setContextClassLoader(Djl.class.getClassLoader());
                try {
                    engine = Engine.getEngine("PyTorch");
                } finally {
                    Thread.currentThread().setContextClassLoader(previous);
                }
            }
            return engine;
        }
    }

    static void configure() {
        if (System.getProperty(OFFLINE) == null && System.getenv("DJL_OFFLINE") == null) {
            System.setProperty(OFFLINE, "true");
        }
        if (System.getProperty("ai.djl.default_engine") == null && System.getenv("DJL_DEFAULT_ENGINE") == null) {
            System.setProperty("ai.djl.default_engine", "PyTorch");
        }
        if (System.getProperty(THREADS) == null && System.getenv("OMP_NUM_THREADS") == null) {
            System.setProperty(THREADS, "1");
        }
        if (System.getProperty(INTEROP_THREADS) == null) {
            System.setProperty(INTEROP_THREADS, "1");
        }
        if (isUnset("DJL_CACHE_DIR") && isUnset("ENGINE_CACHE_DIR")) {
            Path home = Path.of(System.getProperty("user.home", "."));
            Path dflt = home.resolve(".djl.ai");
            boolean writable = Files.isDirectory(dflt) ? Files.isWritable(dflt) : Files.isWritable(home);
            if (!writable) {
                System.setProperty("ENGINE_CACHE_DIR",
                        Path.of(System.getProperty("java.io.tmpdir"), "djl-cache").toString());
            }
        }
    }

    private static boolean isUnset(String key) {
        return System.getProperty(key) == null && System.getenv(key) == null;
    }

    /**
     * Seeds DJL's random numbers (PyTorch's generator and DJL's {@code RandomUtils}) so weight
     * initialisation and dropout repeat from run to run.
     *
     * @param seed the seed, e.g. {@code roadmap.run.Seeds.DEFAULT}
     */
    public static void seed(long seed) {
        init().setRandomSeed(Math.toIntExact(seed));
    }

    /**
     * A one-line description of the engine, e.g. {@code PyTorch 2.7.1 (offline)}.
     *
     * @return the description
     */
    public static String describe() {
        Engine e = init();
        return e.getEngineName() + " " + e.getVersion() + ("true".equals(System.getProperty(OFFLINE))
                || "true".equalsIgnoreCase(System.getenv("DJL_OFFLINE")) ? " (offline)" : "");
    }

    /**
     * Starts the engine once and prints {@link #describe()}: Binder's image build runs this so the
     * native library is unpacked into the cache before a learner's first session.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println(describe());
    }
}
