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
 * another backend (e.g. inside a notebook, where logging is off).
 */
public final class LogSetup {

    private LogSetup() {
    }

    /**
     * @param logFile where the JSON lines go (appended)
     * @param verbose DEBUG instead of INFO for this project's loggers
     */
    public static void configure(Path logFile, boolean verbose) {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext)) {
            return;
        }
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
