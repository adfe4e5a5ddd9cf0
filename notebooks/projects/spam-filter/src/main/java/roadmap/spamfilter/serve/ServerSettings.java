package roadmap.spamfilter.serve;

import java.time.Duration;

/**
 * The limits and address of the prediction server. Every limit is a bound the server enforces, so
 * that no request can make it use unbounded threads, memory or time.
 *
 * @param host             the address to bind; {@code 127.0.0.1} unless the server must be reachable
 *                         from other machines (a container binds {@code 0.0.0.0})
 * @param port             the TCP port; 0 picks a free one
 * @param maxThreads       the most worker threads Jetty may run (acceptor and selector included)
 * @param maxConnections   the most open connections; beyond it Jetty stops accepting until one closes
 * @param maxBodyBytes     the largest request body read; a larger one is answered 413
 * @param maxTextChars     the longest text classified; a longer one is answered 422
 * @param maxBatchSize     the most texts in one {@code /predict/batch} request
 * @param shutdownGrace    how long a shutdown waits for requests in flight to finish
 */
public record ServerSettings(String host, int port, int maxThreads, int maxConnections, int maxBodyBytes,
                             int maxTextChars, int maxBatchSize, Duration shutdownGrace) {

    /** @throws IllegalArgumentException naming the setting and its bad value */
    public ServerSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be empty: '" + host + "'");
        }
        require("port", port, 0, 65_535);
        require("maxThreads", maxThreads, 4, 10_000);
        require("maxConnections", maxConnections, 1, 1_000_000);
        require("maxBodyBytes", maxBodyBytes, 16, 64 * 1024 * 1024);
        require("maxTextChars", maxTextChars, 1, 64 * 1024 * 1024);
        require("maxBatchSize", maxBatchSize, 1, 100_000);
        if (shutdownGrace == null || shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("shutdownGrace must be zero or positive: " + shutdownGrace);
        }
    }

    /**
     * Loopback, port 8080, 32 threads, 1,024 connections, 2 MiB bodies, 200,000-character texts
     * (the mail cleaner reads no further), 64 texts per batch, 10 s to drain on shutdown.
     *
     * @return the defaults
     */
    public static ServerSettings defaults() {
        return new ServerSettings("127.0.0.1", 8080, 32, 1024, 2 * 1024 * 1024, 200_000, 64, Duration.ofSeconds(10));
    }

    /** @param newHost the address to bind @return these settings on that address */
    public ServerSettings withHost(String newHost) {
        return new ServerSettings(newHost, port, maxThreads, maxConnections, maxBodyBytes, maxTextChars,
                maxBatchSize, shutdownGrace);
    }

    /** @param newPort the port, 0 for a free one @return these settings on that port */
    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, maxThreads, maxConnections, maxBodyBytes, maxTextChars,
                maxBatchSize, shutdownGrace);
    }

    /** @param threads worker threads @return these settings with that many */
    public ServerSettings withMaxThreads(int threads) {
        return new ServerSettings(host, port, threads, maxConnections, maxBodyBytes, maxTextChars,
                maxBatchSize, shutdownGrace);
    }

    /**
     * @param bodyBytes largest body
     * @param textChars longest text
     * @param batchSize most texts per batch
     * @return these settings with those request limits
     */
    public ServerSettings withRequestLimits(int bodyBytes, int textChars, int batchSize) {
        return new ServerSettings(host, port, maxThreads, maxConnections, bodyBytes, textChars, batchSize,
                shutdownGrace);
    }

    /** @param grace how long shutdown waits for requests in flight @return these settings with it */
    public ServerSettings withShutdownGrace(Duration grace) {
        return new ServerSettings(host, port, maxThreads, maxConnections, maxBodyBytes, maxTextChars,
                maxBatchSize, grace);
    }

    private static void require(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "]: " + value);
        }
    }
}
