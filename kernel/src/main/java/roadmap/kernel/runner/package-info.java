/**
 * The headless notebook runner: reads a notebook, executes its code cells through a kernelspec,
 * records outputs in nbformat 4.5, and reports time, peak memory and the first failing cell.
 */
package roadmap.kernel.runner;
