package roadmap.spamfilter.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The OpenAPI 3.1 document of the API ({@code openapi.json} beside this class), with the server's
 * limits filled in so that the document states the limits the server enforces.
 */
public final class OpenApiDocument {
    private static final String RESOURCE = "openapi.json";

    private OpenApiDocument() {
    }

    /**
     * @param settings the limits the server runs with
     * @return the document as JSON text
     */
    public static String text(ServerSettings settings) {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document " + RESOURCE + " is missing from the jar");
            }
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return template.replace("\"${maxBatchSize}\"", Integer.toString(settings.maxBatchSize()))
                    .replace("\"${maxTextChars}\"", Integer.toString(settings.maxTextChars()))
                    .replace("${maxBodyBytes}", Integer.toString(settings.maxBodyBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenAPI document " + RESOURCE, e);
        }
    }

    /** @param settings the limits @return {@link #text} as UTF-8 bytes */
    static byte[] bytes(ServerSettings settings) {
        return text(settings).getBytes(StandardCharsets.UTF_8);
    }
}
