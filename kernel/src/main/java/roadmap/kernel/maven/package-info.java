/**
 * Resolves {@code %maven} coordinates from the local Maven repository (and Maven Central when
 * online), with their runtime dependencies.
 */
package roadmap.kernel.maven;
