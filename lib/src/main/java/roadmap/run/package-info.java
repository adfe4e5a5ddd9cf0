/**
 * How a notebook run is configured: {@link roadmap.run.Mode} (fast for CI, full for learners,
 * from {@code ROADMAP_MODE}) and {@link roadmap.run.Seeds} (one seed, derived streams).
 */
package roadmap.run;
