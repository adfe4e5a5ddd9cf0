package roadmap.spamfilter.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import roadmap.spamfilter.model.Prediction;
import roadmap.spamfilter.model.SpamModel;

/** The happy paths over real HTTP: predictions equal the in-process model, health, metrics, OpenAPI. */
class EndpointsTest {
    static PredictionServer server;
    static Http http;
    static final SpamModel MODEL = TestModels.model();

    @BeforeAll
    static void start() {
        server = PredictionServer.start(MODEL::predict, MODEL.provenance(), ServerSettings.defaults().withPort(0));
        http = new Http(server.baseUri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void predictAnswersWhatTheModelAnswersInProcess() throws Exception {
        for (String text : TestModels.texts(20)) {
            HttpResponse<String> response = http.post("/predict", "{\"text\": " + Http.quote(text) + "}");
            assertEquals(200, response.statusCode(), response.body());
            assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
            Prediction expected = MODEL.predict(text);
            JsonNode answer = Http.json(response);
            assertEquals(expected.label(), answer.get("label").asText());
            assertEquals(expected.spamProbability(), answer.get("spamProbability").doubleValue(), 0.0);
        }
    }

    @Test
    void batchAnswersInOrder() throws Exception {
        List<String> texts = TestModels.texts(10);
        HttpResponse<String> response = http.post("/predict/batch", Http.JSON.writeValueAsString(
                java.util.Map.of("texts", texts)));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode predictions = Http.json(response).get("predictions");
        assertEquals(texts.size(), predictions.size());
        for (int i = 0; i < texts.size(); i++) {
            Prediction expected = MODEL.predict(texts.get(i));
            assertEquals(expected.label(), predictions.get(i).get("label").asText());
            assertEquals(expected.spamProbability(), predictions.get(i).get("spamProbability").doubleValue(), 0.0);
        }
    }

    @Test
    void healthReportsUpAndTheModelsProvenance() throws Exception {
        HttpResponse<String> response = http.get("/health");
        assertEquals(200, response.statusCode());
        JsonNode health = Http.json(response);
        assertEquals("UP", health.get("status").asText());
        assertEquals(Http.JSON.valueToTree(MODEL.provenance()), health.get("model"));
    }

    @Test
    void metricsCountRequestsAndLabelsInPrometheusFormat() throws Exception {
        List<String> all = TestModels.texts(400);
        List<String> texts = new java.util.ArrayList<>();
        all.stream().filter(t -> MODEL.predict(t).label().equals("spam")).limit(5).forEach(texts::add);
        all.stream().filter(t -> MODEL.predict(t).label().equals("ham")).limit(7).forEach(texts::add);
        long spam = 5;
        assertEquals(12, texts.size(), "the test split has 5 texts predicted spam and 7 predicted ham");
        double spamBefore = server.metrics().predictionCount("spam");
        double hamBefore = server.metrics().predictionCount("ham");
        for (String text : texts) {
            assertEquals(200, http.post("/predict", "{\"text\": " + Http.quote(text) + "}").statusCode());
        }
        http.post("/predict", "{}");
        HttpResponse<String> response = http.get("/metrics");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        String text = response.body();
        assertEquals(spamBefore + spam, sample(text, "predictions_total\\{label=\"spam\"}"), 0.0);
        assertEquals(hamBefore + texts.size() - spam, sample(text, "predictions_total\\{label=\"ham\"}"), 0.0);
        assertTrue(sample(text, "http_server_requests_seconds_count\\{method=\"POST\",route=\"/predict\",status=\"422\"}") >= 1);
        assertTrue(text.contains("http_server_requests_seconds_bucket{"), "a latency histogram");
    }

    @Test
    void openApiDocumentDescribesEveryRouteAndTheLimits() throws Exception {
        HttpResponse<String> response = http.get("/openapi.json");
        assertEquals(200, response.statusCode());
        JsonNode doc = Http.json(response);
        assertEquals("3.1.0", doc.get("openapi").asText());
        Set<String> paths = new TreeSet<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertEquals(new TreeSet<>(List.of("/predict", "/predict/batch", "/health", "/metrics", "/openapi.json")), paths);
        for (String path : paths) {
            HttpResponse<String> wrong = doc.get("paths").get(path).has("get")
                    ? http.method("PUT", path) : http.get(path);
            assertEquals(405, wrong.statusCode(), "the document's method is the only one " + path + " accepts");
        }
        JsonNode batch = doc.at("/components/schemas/BatchRequest/properties/texts");
        assertEquals(ServerSettings.defaults().maxBatchSize(), batch.get("maxItems").intValue());
    }

    private static double sample(String exposition, String series) {
        Matcher m = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(exposition);
        assertTrue(m.find(), "no sample " + series + " in\n" + exposition);
        return Double.parseDouble(m.group(1));
    }
}
