package roadmap.run;

import java.util.Locale;

/**
 * Fast or full mode, read from the environment variable {@code ROADMAP_MODE}.
 *
 * <p>{@code fast} shrinks data and epochs so the notebook suite fits CI; {@code full} (the
 * default when the variable is unset or blank) is what a learner runs. Any other value is an error.
 */
public final class Mode {

    /** The environment variable that selects the mode. */
    public static final String ENV = "ROADMAP_MODE";

    private Mode() {
    }

    /**
     * Whether the notebooks run in fast mode.
     *
     * @return true when {@code ROADMAP_MODE=fast}
     * @throws IllegalStateException when the variable holds anything but {@code fast} or {@code full}
     */
    public static boolean isFast() {
        return parse(System.getenv(ENV));
    }

    /**
     * The name of the current mode.
     *
     * @return {@code "fast"} or {@code "full"}
     */
    public static String name() {
        return isFast() ? "fast" : "full";
    }

    /**
     * Interprets a value of {@code ROADMAP_MODE}.
     *
     * @param value the variable's value, or null when unset
     * @return true for fast mode
     * @throws IllegalStateException for an unknown value
     */
    static boolean parse(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "fast":
                return true;
            case "full":
                return false;
            default:
                throw new IllegalStateException(ENV + " must be 'fast' or 'full' (or unset, meaning full), got '"
                        + value + "'");
        }
    }

    /**
     * Picks a value by mode.
     *
     * @param fastValue used in fast mode
     * @param fullValue used in full mode
     * @return the value for the current mode
     */
    public static int pick(int fastValue, int fullValue) {
        return isFast() ? fastValue : fullValue;
    }

    /**
     * Picks a value by mode.
     *
     * @param fastValue used in fast mode
     * @param fullValue used in full mode
     * @return the value for the current mode
     */
    public static long pick(long fastValue, long fullValue) {
        return isFast() ? fastValue : fullValue;
    }

    /**
     * Picks a value by mode.
     *
     * @param fastValue used in fast mode
     * @param fullValue used in full mode
     * @return the value for the current mode
     */
    public static double pick(double fastValue, double fullValue) {
        return isFast() ? fastValue : fullValue;
    }
}
