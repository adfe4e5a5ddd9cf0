package roadmap.kernel;

import java.io.PrintStream;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Sends the kernel's own log (JUL, including basekernel's) to the process's original stderr,
 * which Jupyter shows in its terminal, never into a cell. The level comes from the environment
 * variable {@code ROADMAP_KERNEL_LOG} (a JUL level name; default WARNING).
 */
final class KernelLogging {
    private KernelLogging() {
    }

    static void configure(PrintStream stderr) {
        Level level = parseLevel(System.getenv("ROADMAP_KERNEL_LOG"));
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (isLoggable(record)) {
                    stderr.print(getFormatter().format(record));
                    stderr.flush();
                }
            }

            @Override
            public void flush() {
                stderr.flush();
            }

            @Override
            public void close() {
                stderr.flush();
            }
        };
        handler.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord record) {
                String text = "[java-kernel " + record.getLevel() + "] " + record.getLoggerName() + ": " + formatMessage(record) + "\n";
                if (record.getThrown() != null) {
                    java.io.StringWriter trace = new java.io.StringWriter();
                    record.getThrown().printStackTrace(new java.io.PrintWriter(trace));
                    text += trace;
                }
                return text;
            }
        });
        handler.setLevel(level);
        root.addHandler(handler);
        root.setLevel(level);
    }

    private static Level parseLevel(String name) {
        if (name == null || name.isBlank()) {
            return Level.WARNING;
        }
        try {
            return Level.parse(name.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Level.WARNING;
        }
    }
}
