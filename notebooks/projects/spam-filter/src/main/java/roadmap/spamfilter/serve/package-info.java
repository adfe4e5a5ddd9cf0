/**
 * Serving the spam model over HTTP: {@link roadmap.spamfilter.serve.PredictionServer} (Javalin),
 * request validation with RFC 9457 problem answers ({@link roadmap.spamfilter.serve.RequestReader},
 * {@link roadmap.spamfilter.serve.Problem}), Prometheus metrics
 * ({@link roadmap.spamfilter.serve.ServingMetrics}) and the OpenAPI document.
 */
package roadmap.spamfilter.serve;
