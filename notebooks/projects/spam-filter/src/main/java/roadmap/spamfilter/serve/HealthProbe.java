package roadmap.spamfilter.serve;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A container's {@code HEALTHCHECK}: exits 0 when {@code GET /health} answers 200 within 3 s,
 * else 1. A Java class rather than {@code curl}, so the runtime image needs nothing but a JRE.
 */
public final class HealthProbe {
    private HealthProbe() {
    }

    /** @param args the health URL, default {@code http://127.0.0.1:8080/health} */
    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "http://127.0.0.1:8080/health";
        try {
            HttpResponse<Void> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                            HttpResponse.BodyHandlers.discarding());
            System.exit(response.statusCode() == 200 ? 0 : 1);
        } catch (Exception e) {
            System.err.println("unhealthy: " + e);
            System.exit(1);
        }
    }
}
