package roadmap.trees;

import java.util.Locale;

/**
 * Whether XGBoost's native library loads on this machine, and what to do if it does not.
 * XGBoost4J ships its natives inside its jar for Linux x86-64 and aarch64, macOS x86-64 and
 * arm64, and Windows x86-64; on macOS arm64 the native also needs the OpenMP runtime from
 * Homebrew ({@code brew install libomp}), and on Linux the GNU OpenMP runtime
 * ({@code libgomp1}, present on most systems).
 *
 * <pre>{@code
 * XGBoostNatives.Status status = XGBoostNatives.probe();
 * System.out.println(status.message());
 * }</pre>
 */
public final class XGBoostNatives {

    private XGBoostNatives() {
    }

    /**
     * The outcome of a probe.
     *
     * @param loaded   true if a one-round booster trained and predicted natively
     * @param platform operating system and architecture, e.g. {@code "linux/amd64"}
     * @param message  one sentence for the learner: what works, or what to do
     */
    public record Status(boolean loaded, String platform, String message) {
    }

    /**
     * Trains a one-round booster on four rows through XGBoost4J's Java API (which loads the
     * native library) and predicts with it. Never throws: a missing or broken native is
     * reported in the status.
     *
     * @return the status on this machine
     */
    public static Status probe() {
        String os = System.getProperty("os.name", "?");
        String arch = System.getProperty("os.arch", "?");
        String platform = os.toLowerCase(Locale.ROOT) + "/" + arch;
        try {
            float[] x = {0f, 1f, 2f, 3f};
            ml.dmlc.xgboost4j.java.DMatrix data = new ml.dmlc.xgboost4j.java.DMatrix(x, 4, 1, Float.NaN);
            data.setLabel(new float[] {0f, 0f, 1f, 1f});
            java.util.Map<String, Object> params = new java.util.HashMap<>();
            params.put("objective", "binary:logistic");
            params.put("nthread", 1);
            params.put("verbosity", 0);
            params.put("min_child_weight", 0);   // four rows are too few for the default of 1
            ml.dmlc.xgboost4j.java.Booster booster =
                    ml.dmlc.xgboost4j.java.XGBoost.train(data, params, 1, new java.util.HashMap<>(), null, null);
            float[][] p = booster.predict(data);
            booster.dispose();
            data.dispose();
            if (p.length != 4 || !(p[3][0] > p[0][0])) {
                return new Status(false, platform, "XGBoost's native library loaded but predicted "
                        + "nonsense on " + platform + "; " + advice(os, arch));
            }
            return new Status(true, platform, "XGBoost " + version() + " native library loaded and "
                    + "trained on " + platform);
        } catch (Throwable e) { // UnsatisfiedLinkError, XGBoostError, ExceptionInInitializerError
            return new Status(false, platform, "XGBoost's native library did not load on " + platform
                    + " (" + e.getClass().getSimpleName() + ": " + firstLine(e) + "). "
                    + advice(os, arch));
        }
    }

    /**
     * What to do when the native library does not load on a platform.
     *
     * @param osName the {@code os.name} system property
     * @param osArch the {@code os.arch} system property
     * @return one or two sentences of advice
     */
    public static String advice(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean arm = osArch.equals("aarch64") || osArch.equals("arm64");
        boolean x86 = osArch.equals("amd64") || osArch.equals("x86_64");
        if (os.contains("mac") && arm) {
            return "On Apple silicon XGBoost needs the OpenMP runtime: run `brew install libomp`, "
                    + "then restart the kernel.";
        }
        if (os.contains("mac") && x86) {
            return "On an Intel Mac XGBoost 2.1 needs macOS 13.7 or newer; on older systems use "
                    + "Binder for week 4's XGBoost cells.";
        }
        if (os.contains("linux") && (arm || x86)) {
            return "On Linux XGBoost needs glibc 2.17+ and the GNU OpenMP runtime: install it "
                    + "(Debian/Ubuntu: `sudo apt install libgomp1`), then restart the kernel.";
        }
        if (os.contains("windows") && x86) {
            return "On Windows XGBoost needs the Microsoft Visual C++ runtime (vc_redist.x64.exe); "
                    + "install it, then restart the kernel.";
        }
        return "XGBoost4J ships no native library for " + osName + "/" + osArch + ": use Binder or "
                + "a Linux, macOS or Windows x86-64 machine for week 4's XGBoost cells.";
    }

    /** @return XGBoost4J's version from its jar's Maven metadata, or "(version unknown)" */
    public static String version() {
        String res = "/META-INF/maven/ml.dmlc/xgboost4j_2.12/pom.properties";
        try (java.io.InputStream in = ml.dmlc.xgboost4j.java.XGBoost.class.getResourceAsStream(res)) {
            if (in == null) {
                return "(version unknown)";
            }
            java.util.Properties props = new java.util.Properties();
            props.load(in);
            return props.getProperty("version", "(version unknown)");
        } catch (java.io.IOException e) {
            return "(version unknown)";
        }
    }

    private static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
