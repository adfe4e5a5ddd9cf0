/**
 * The course datasets: locating {@code notebooks/data}, parsing its MANIFEST, verifying SHA-256
 * hashes and loading CSV tables and images into {@link roadmap.data.LabeledData} or gray-level
 * matrices, with conversions to Tribuo and Smile.
 */
package roadmap.data;
