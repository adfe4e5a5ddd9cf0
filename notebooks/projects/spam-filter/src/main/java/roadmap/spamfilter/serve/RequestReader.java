package roadmap.spamfilter.serve;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and validates the two request bodies of the API — {@code {"text": "…"}} and
 * {@code {"texts": ["…", …]}} — and turns every way they can be wrong into a {@link Problem}:
 * a body over the size limit is 413, a body that is not JSON is 400, and well-formed JSON with a
 * missing, empty, wrongly typed or too long member is 422 naming that member.
 */
public final class RequestReader {
    private static final int MAX_DETAIL_CHARS = 300;
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final int maxBodyBytes;
    private final int maxTextChars;
    private final int maxBatchSize;

    /** @param settings the limits to enforce */
    public RequestReader(ServerSettings settings) {
        this.maxBodyBytes = settings.maxBodyBytes();
        this.maxTextChars = settings.maxTextChars();
        this.maxBatchSize = settings.maxBatchSize();
    }

    /**
     * Reads a body, never more than the limit plus one byte.
     *
     * @param in            the request body
     * @param contentLength the declared length, or -1 when the body is chunked
     * @return the body's bytes
     * @throws ProblemException 413 when the body is over the limit
     * @throws IOException if the connection fails while reading
     */
    public byte[] readBody(InputStream in, long contentLength) throws IOException {
        if (contentLength > maxBodyBytes) {
            throw new ProblemException(Problem.bodyTooLarge(maxBodyBytes));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(contentLength > 0 ? (int) contentLength : 256);
        byte[] buffer = new byte[8192];
        int total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > maxBodyBytes) {
                throw new ProblemException(Problem.bodyTooLarge(maxBodyBytes));
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * @param body a {@code POST /predict} body
     * @return its valid {@code text}
     * @throws ProblemException 400 or 422 naming what is wrong
     */
    public String readText(byte[] body) {
        JsonNode root = parseObject(body);
        return validText(root.get("text"), "/text");
    }

    /**
     * @param body a {@code POST /predict/batch} body
     * @return its valid {@code texts}, in order
     * @throws ProblemException 400 or 422 naming what is wrong
     */
    public List<String> readTexts(byte[] body) {
        JsonNode root = parseObject(body);
        JsonNode texts = root.get("texts");
        if (texts == null) {
            throw invalid("/texts", "texts is required: an array of 1 to " + maxBatchSize + " strings");
        }
        if (!texts.isArray()) {
            throw invalid("/texts", "texts must be an array of strings, not " + kind(texts));
        }
        if (texts.isEmpty()) {
            throw invalid("/texts", "texts must not be empty");
        }
        if (texts.size() > maxBatchSize) {
            throw invalid("/texts", "texts has " + texts.size() + " items; the limit is " + maxBatchSize);
        }
        List<String> result = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            result.add(validText(texts.get(i), "/texts/" + i));
        }
        return result;
    }

    private JsonNode parseObject(byte[] body) {
        if (body.length == 0) {
            throw new ProblemException(Problem.malformedJson("the request body is empty; send a JSON object"));
        }
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ProblemException(Problem.malformedJson(describe(e)));
        } catch (IOException e) {
            throw new ProblemException(Problem.malformedJson("the body could not be read as JSON"));
        }
        if (root == null || root.isMissingNode()) {
            throw new ProblemException(Problem.malformedJson("the request body holds no JSON value"));
        }
        if (!root.isObject()) {
            throw invalid("", "the body must be a JSON object, not " + kind(root));
        }
        return root;
    }

    private String validText(JsonNode node, String pointer) {
        String name = pointer.substring(1).replace('/', '[').replaceFirst("\\[(\\d+)$", "[$1]");
        if (node == null) {
            throw invalid(pointer, name + " is required: a non-empty string");
        }
        if (!node.isTextual()) {
            throw invalid(pointer, name + " must be a string, not " + kind(node));
        }
        String text = node.textValue();
        if (text.isBlank()) {
            throw invalid(pointer, name + " must not be empty or only whitespace");
        }
        int chars = text.codePointCount(0, text.length());
        if (chars > maxTextChars) {
            throw invalid(pointer, name + " has " + chars + " characters; the limit is " + maxTextChars);
        }
        return text;
    }

    private static ProblemException invalid(String pointer, String detail) {
        return new ProblemException(Problem.invalidField(pointer, detail));
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case NULL -> "null";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        message = message == null ? "not valid JSON" : message.lines().findFirst().orElse("not valid JSON");
        if (message.length() > MAX_DETAIL_CHARS) {
            message = message.substring(0, MAX_DETAIL_CHARS) + "…";
        }
        JsonLocation at = e.getLocation();
        return at == null ? "not valid JSON: " + message
                : "not valid JSON at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + message;
    }
}
