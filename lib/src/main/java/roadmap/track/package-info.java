/**
 * Experiment tracking that MLflow can read: runs are written in MLflow's file-store layout so
 * that {@code mlflow ui --backend-store-uri mlruns} shows them, without MLflow installed.
 *
 * <pre>
 * mlruns/
 *   0/meta.yaml                          the default experiment ("Default"), created on first use
 *   &lt;experiment_id&gt;/meta.yaml            artifact_location, creation_time, experiment_id, ...
 *   &lt;experiment_id&gt;/&lt;run_id&gt;/meta.yaml   run_id (32 hex digits), start/end time in ms, status
 *       params/&lt;key&gt;                      the value, no trailing newline
 *       metrics/&lt;key&gt;                     one line per logged value: "timestamp value step"
 *       tags/&lt;key&gt;                        mlflow.runName, mlflow.source.git.commit, ...
 *       artifacts/                        model files, plots, provenance
 * </pre>
 *
 * <p>{@link roadmap.track.MlflowStore} opens a store and starts runs, {@link roadmap.track.TrackedRun}
 * logs into one run, {@link roadmap.track.RunReader} lists the runs back as
 * {@link roadmap.track.RunRecord}s (for a runs table or to pick the best run).
 */
package roadmap.track;
