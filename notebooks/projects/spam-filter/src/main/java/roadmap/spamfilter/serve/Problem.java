package roadmap.spamfilter.serve;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An error answer in the format of RFC 9457 ("Problem Details for HTTP APIs"), sent as
 * {@code application/problem+json}. {@code field} is an extension member: the JSON Pointer of the
 * request member that was wrong ({@code /text}, {@code /texts/3}), absent when the whole request
 * was wrong (malformed JSON, unknown route).
 *
 * @param type     a URI reference naming the kind of problem (documented in the OpenAPI document)
 * @param title    a short summary of that kind
 * @param status   the HTTP status code
 * @param detail   what exactly was wrong with this request
 * @param instance the request path
 * @param field    the JSON Pointer of the offending member, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String field) {

    /** The media type of a problem body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** @param detail what was wrong @return a 400 for a body that is not valid JSON */
    public static Problem malformedJson(String detail) {
        return new Problem("/problems/malformed-json", "Malformed JSON", 400, detail, null, null);
    }

    /**
     * @param field  JSON Pointer of the member
     * @param detail what was wrong with it
     * @return a 422 for a well-formed body with an invalid member
     */
    public static Problem invalidField(String field, String detail) {
        return new Problem("/problems/invalid-field", "Invalid request field", 422, detail, null, field);
    }

    /** @param limit the body limit in bytes @return a 413 for a body over the limit */
    public static Problem bodyTooLarge(long limit) {
        return new Problem("/problems/body-too-large", "Request body too large", 413,
                "the request body is larger than the limit of " + limit + " bytes", null, null);
    }

    /** @param path the request path @return a 404 for a path the API does not have */
    public static Problem notFound(String path) {
        return new Problem("/problems/not-found", "Not found", 404,
                "no resource at " + path + "; see /openapi.json for the API", null, null);
    }

    /**
     * @param method  the request method
     * @param path    the request path
     * @return a 405 for a known path called with a method it does not accept
     */
    public static Problem methodNotAllowed(String method, String path) {
        return new Problem("/problems/method-not-allowed", "Method not allowed", 405,
                method + " is not allowed on " + path + "; see /openapi.json for the API", null, null);
    }

    /** @param status a status Javalin or Jetty chose @param detail its message @return a generic problem */
    public static Problem ofStatus(int status, String detail) {
        return new Problem("about:blank", reason(status), status, detail, null, null);
    }

    /** @param path the request path @return this problem naming the request path */
    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, field);
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 408 -> "Request timeout";
            case 413 -> "Request body too large";
            case 415 -> "Unsupported media type";
            case 429 -> "Too many requests";
            case 503 -> "Service unavailable";
            default -> status >= 500 ? "Server error" : "Client error";
        };
    }
}
