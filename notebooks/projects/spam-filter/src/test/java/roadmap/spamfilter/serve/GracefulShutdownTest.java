package roadmap.spamfilter.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import roadmap.spamfilter.model.SpamModel;

/**
 * Shutdown under load: requests the server has accepted (validated and handed to the model) are
 * all answered, correctly, even those still inside the model when the shutdown begins; requests
 * that arrive after it begins are refused (503 or a closed connection), never half-answered.
 */
class GracefulShutdownTest {
    static final int CLIENTS = 16;
    static final int HELD = 8;

    @Test
    void shutdownUnderLoadAnswersEveryAcceptedRequest() throws Exception {
        SpamModel model = TestModels.model();
        List<String> texts = TestModels.texts(200);
        AtomicBoolean holding = new AtomicBoolean();
        CountDownLatch held = new CountDownLatch(HELD);
        CountDownLatch release = new CountDownLatch(1);
        TextClassifier gated = text -> {
            if (holding.get()) {
                held.countDown();
                await(release);
            }
            return model.predict(text);
        };
        ServerSettings settings = ServerSettings.defaults().withPort(0)
                .withRequestLimits(8 << 20, 1_000_000, 64).withMaxThreads(32)
                .withShutdownGrace(Duration.ofSeconds(30));
        PredictionServer server = PredictionServer.start(gated, model.provenance(), settings);
        AtomicLong correct = new AtomicLong();
        AtomicLong wrong = new AtomicLong();
        AtomicLong refused503 = new AtomicLong();
        AtomicLong otherStatus = new AtomicLong();
        AtomicLong connectionErrors = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Http http = new Http(server.baseUri());
            done.add(clients.submit(() -> {
                while (!stop.get()) {
                    int t = next.getAndIncrement() % texts.size();
                    try {
                        HttpResponse<String> r = http.post("/predict", "{\"text\": " + Http.quote(texts.get(t)) + "}");
                        if (r.statusCode() == 200) {
                            (ConcurrentLoadTest.same(Http.json(r), model.predict(texts.get(t))) ? correct : wrong)
                                    .incrementAndGet();
                        } else if (r.statusCode() == 503) {
                            refused503.incrementAndGet();
                        } else {
                            otherStatus.incrementAndGet();
                        }
                    } catch (Exception e) {
                        connectionErrors.incrementAndGet();
                        Thread.sleep(5);
                    }
                }
                return null;
            }));
        }
        while (correct.get() < 500) {
            Thread.sleep(5);
        }
        holding.set(true);
        assertTrue(held.await(60, TimeUnit.SECONDS), HELD + " requests held inside the model");
        Thread closer = new Thread(server::close, "closer");
        closer.start();
        Thread.sleep(300);
        assertTrue(closer.isAlive(), "shutdown waits while requests are in flight");
        long inFlightAtShutdown = server.predictionsStarted() - server.predictionsAnswered();
        release.countDown();
        closer.join(TimeUnit.SECONDS.toMillis(60));
        stop.set(true);
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        clients.shutdownNow();

        assertTrue(inFlightAtShutdown >= HELD, "requests in flight when shutdown began: " + inFlightAtShutdown);
        assertEquals(server.predictionsStarted(), correct.get(),
                "every accepted request got its correct answer (503s: " + refused503 + ", connection errors: "
                        + connectionErrors + ")");
        assertEquals(0, wrong.get(), "wrong answers");
        assertEquals(0, otherStatus.get(), "statuses other than 200 and 503");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
