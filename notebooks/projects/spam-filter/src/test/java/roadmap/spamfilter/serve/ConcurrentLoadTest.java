package roadmap.spamfilter.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import roadmap.spamfilter.model.Prediction;
import roadmap.spamfilter.model.SpamModel;

/** 10,000 requests from 32 concurrent clients: no 5xx, no lost answer, every answer the model's. */
class ConcurrentLoadTest {
    static final int CLIENTS = 32;
    static final int REQUESTS = 10_000;

    @Test
    void tenThousandRequestsFrom32ClientsAllAnsweredCorrectly() throws Exception {
        SpamModel model = TestModels.model();
        List<String> texts = TestModels.texts(500);
        List<Prediction> expected = texts.stream().map(model::predict).toList();
        AtomicInteger next = new AtomicInteger();
        AtomicLong ok = new AtomicLong();
        AtomicLong serverErrors = new AtomicLong();
        AtomicLong wrong = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<String> examples = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        ServerSettings settings = ServerSettings.defaults().withPort(0)
                .withRequestLimits(8 << 20, 1_000_000, 64).withMaxThreads(16);
        try (PredictionServer server = PredictionServer.start(model::predict, model.provenance(), settings)) {
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Future<?>> done = new java.util.ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    Http http = new Http(server.baseUri());
                    done.add(clients.submit(() -> {
                        for (int i; (i = next.getAndIncrement()) < REQUESTS; ) {
                            int t = i % texts.size();
                            try {
                                HttpResponse<String> r = http.post("/predict", "{\"text\": " + Http.quote(texts.get(t)) + "}");
                                if (r.statusCode() >= 500) {
                                    serverErrors.incrementAndGet();
                                } else if (r.statusCode() == 200 && same(Http.json(r), expected.get(t))) {
                                    ok.incrementAndGet();
                                } else {
                                    wrong.incrementAndGet();
                                    if (examples.size() < 3) {
                                        examples.add(r.statusCode() + " " + r.body().substring(0, Math.min(300, r.body().length()))
                                                + " expected " + expected.get(t));
                                    }
                                }
                            } catch (Exception e) {
                                failed.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get(10, TimeUnit.MINUTES);
                }
            } finally {
                clients.shutdownNow();
            }
            assertEquals(0, serverErrors.get(), "5xx answers");
            assertEquals(0, failed.get(), "requests without an answer (connection errors, timeouts)");
            assertEquals(0, wrong.get(), "answers different from the in-process prediction, e.g. " + examples);
            assertEquals(REQUESTS, ok.get(), "correct answers");
            assertEquals(REQUESTS, server.metrics().requestCount("/predict"), "requests the metrics counted");
        }
    }

    static boolean same(JsonNode answer, Prediction expected) {
        return answer.get("label").asText().equals(expected.label())
                && answer.get("spamProbability").doubleValue() == expected.spamProbability();
    }
}
