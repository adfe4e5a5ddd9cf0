package roadmap.kernel.display;

import java.util.function.Consumer;

/**
 * Target of the {@code display(Object)} function every notebook has: the function is a startup
 * snippet that reaches this class reflectively (cells see the kernel's classes through the
 * system class loader but do not compile against the kernel jar).
 */
public final class CellDisplay {
    private static volatile Consumer<Object> sink = value -> {
        throw new IllegalStateException("display() is only available inside a running kernel");
    };

    private CellDisplay() {
    }

    /**
     * Shows a value now, as a {@code display_data} output of the running cell.
     *
     * @param value what to show
     */
    public static void show(Object value) {
        sink.accept(value);
    }

    /** @param displaySink publishes a value for the current cell (set once by the kernel) */
    public static void install(Consumer<Object> displaySink) {
        sink = displaySink;
    }
}
