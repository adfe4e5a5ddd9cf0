package roadmap.spamfilter.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad input, over real HTTP: the exact 4xx and an RFC 9457 body naming the field. */
class BadInputTest {
    static final int MAX_BODY = 4096;
    static final int MAX_TEXT = 200;
    static final int MAX_BATCH = 4;
    static PredictionServer server;
    static Http http;

    @BeforeAll
    static void start() {
        ServerSettings settings = ServerSettings.defaults().withPort(0)
                .withRequestLimits(MAX_BODY, MAX_TEXT, MAX_BATCH);
        server = PredictionServer.start(TestModels.model()::predict, TestModels.model().provenance(), settings);
        http = new Http(server.baseUri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> badBodies() {
        String longText = "a".repeat(MAX_TEXT + 1);
        return Stream.of(
                Arguments.of("/predict", "{\"text\": ", 400, null, "truncated JSON"),
                Arguments.of("/predict", "", 400, null, "empty body"),
                Arguments.of("/predict", "text=hello", 400, null, "a form, not JSON"),
                Arguments.of("/predict", "{\"text\": \"a\"} {}", 400, null, "trailing data after the object"),
                Arguments.of("/predict", "{\"text\": \"a\", \"text\": \"b\"}", 400, null, "duplicate member"),
                Arguments.of("/predict", "[\"hello\"]", 422, "", "an array instead of an object"),
                Arguments.of("/predict", "{}", 422, "/text", "missing text"),
                Arguments.of("/predict", "{\"txt\": \"hello\"}", 422, "/text", "misspelt member"),
                Arguments.of("/predict", "{\"text\": null}", 422, "/text", "null text"),
                Arguments.of("/predict", "{\"text\": 42}", 422, "/text", "number instead of string"),
                Arguments.of("/predict", "{\"text\": [\"a\"]}", 422, "/text", "array instead of string"),
                Arguments.of("/predict", "{\"text\": \"\"}", 422, "/text", "empty text"),
                Arguments.of("/predict", "{\"text\": \" \\n\\t \"}", 422, "/text", "whitespace-only text"),
                Arguments.of("/predict", "{\"text\": \"" + longText + "\"}", 422, "/text", "text over the limit"),
                Arguments.of("/predict/batch", "{\"texts\": ", 400, null, "truncated JSON"),
                Arguments.of("/predict/batch", "{}", 422, "/texts", "missing texts"),
                Arguments.of("/predict/batch", "{\"texts\": \"hello\"}", 422, "/texts", "string instead of array"),
                Arguments.of("/predict/batch", "{\"texts\": []}", 422, "/texts", "empty batch"),
                Arguments.of("/predict/batch", "{\"texts\": [\"a\",\"b\",\"c\",\"d\",\"e\"]}", 422, "/texts",
                        "batch over the limit"),
                Arguments.of("/predict/batch", "{\"texts\": [\"a\", \"b\", 7]}", 422, "/texts/2",
                        "wrong type inside the batch"),
                Arguments.of("/predict/batch", "{\"texts\": [\"a\", \"\"]}", 422, "/texts/1",
                        "empty text inside the batch"),
                Arguments.of("/predict/batch", "{\"texts\": [\"" + longText + "\"]}", 422, "/texts/0",
                        "text over the limit inside the batch"));
    }

    @ParameterizedTest(name = "{4}: {0} → {2}")
    @MethodSource("badBodies")
    void badBodyGetsExactStatusAndProblem(String path, String body, int status, String field, String what)
            throws Exception {
        HttpResponse<String> response = http.post(path, body);
        JsonNode problem = assertProblem(response, status, path);
        if (field == null) {
            assertFalse(problem.has("field"), "no field for a request-level problem: " + problem);
        } else {
            assertEquals(field, problem.path("field").asText(null), "field of " + problem);
        }
    }

    @Test
    void bodyOverLimitWithContentLengthIs413() throws Exception {
        String body = "{\"text\": \"" + "a".repeat(MAX_BODY) + "\"}";
        assertProblem(http.post("/predict", body), 413, "/predict");
    }

    @Test
    void chunkedBodyOverLimitIs413() throws Exception {
        byte[] body = ("{\"texts\": [\"" + "b".repeat(3 * MAX_BODY) + "\"]}").getBytes(StandardCharsets.UTF_8);
        assertProblem(http.postChunked("/predict/batch", body), 413, "/predict/batch");
    }

    @Test
    void unknownRouteIs404() throws Exception {
        assertProblem(http.get("/predictions"), 404, "/predictions");
        assertProblem(http.post("/nope", "{}"), 404, "/nope");
    }

    @Test
    void wrongMethodIs405WithAllow() throws Exception {
        HttpResponse<String> response = http.get("/predict");
        assertProblem(response, 405, "/predict");
        assertEquals("POST", response.headers().firstValue("Allow").orElse(""));
        HttpResponse<String> delete = http.method("DELETE", "/health");
        assertProblem(delete, 405, "/health");
        assertEquals("GET", delete.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void validRequestStillWorksAfterBadOnes() throws Exception {
        HttpResponse<String> response = http.post("/predict", "{\"text\": \"hello there\"}");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(TestModels.model().predict("hello there").spamProbability(),
                Http.json(response).get("spamProbability").doubleValue());
    }

    static JsonNode assertProblem(HttpResponse<String> response, int status, String path) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(Problem.MEDIA_TYPE),
                "content type of " + response.body());
        JsonNode problem = Http.json(response);
        assertEquals(status, problem.get("status").intValue());
        assertEquals(path, problem.get("instance").asText());
        assertFalse(problem.get("title").asText().isBlank());
        assertFalse(problem.get("detail").asText().isBlank());
        assertTrue(problem.get("type").asText().startsWith("/problems/"), problem.toString());
        assertFalse(response.body().contains("Exception") || response.body().contains("\tat "),
                "no stack trace or exception class: " + response.body());
        return problem;
    }
}
