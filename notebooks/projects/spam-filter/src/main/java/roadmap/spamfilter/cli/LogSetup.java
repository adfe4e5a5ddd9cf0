package roadmap.spamfilter.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import java.nio.file.Path;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Points Logback at the command line's configuration ({@code logback-cli.xml}): the console gets
 * readable lines, {@code logFile} one JSON object per line. Does nothing when SLF4J is bound to
 * another backend, or Logback is not on the classpath at all (e.g. inside a notebook, where the
 * course binds SLF4J to its no-op backend).
 */
public final class LogSetup {

    private static final String LOGBACK_CONTEXT = "ch.qos.logback.classic.LoggerContext";

    private LogSetup() {
    }

    /**
     * @param logFile where the JSON lines go (appended)
     * @param verbose DEBUG instead of INFO for this project's loggers
     */
    public static void configure(Path logFile, boolean verbose) {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        // compare by name: touching a Logback class without Logback present would throw
        if (factory.getClass().getName().equals(LOGBACK_CONTEXT)) {
            Logback.configure(factory, logFile, verbose);
        }
    }

    /** Only loaded when Logback is the SLF4J backend. */
    private static final class Logback {

        private Logback() {
        }

        static void configure(ILoggerFactory factory, Path logFile, boolean verbose) {
            LoggerContext context = (LoggerContext) factory;
            context.reset();
            context.putProperty("spamfilter.logFile", logFile.toAbsolutePath().toString());
            context.putProperty("spamfilter.level", verbose ? "DEBUG" : "INFO");
            JoranConfigurator joran = new JoranConfigurator();
            joran.setContext(context);
            URL xml = LogSetup.class.getResource("/roadmap/spamfilter/logback-cli.xml");
            try {
                joran.doConfigure(xml);
            } catch (JoranException e) {
                throw new IllegalStateException("the bundled logback-cli.xml is invalid", e);
            }
        }
    }
}
