/**
 * Evaluates cells with JShell inside the kernel's JVM: splitting cells into snippets and magics,
 * guarding System.exit, interrupting, and keeping the compiler fast (classpath index, background
 * warm-up).
 */
package roadmap.kernel.exec;
