/**
 * Where kernelspecs live (per user, per environment, under a prefix) and how this kernel's
 * kernelspec is written: kernel.json, a copy of the kernel jar and the notebook classpath.
 */
package roadmap.kernel.install;
