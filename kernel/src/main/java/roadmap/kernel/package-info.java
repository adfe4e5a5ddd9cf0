/**
 * The Java Jupyter kernel's command line: {@code kernel} (run as a Jupyter kernel on a connection
 * file), {@code install} (write the kernelspec) and {@code run} (execute a notebook headlessly);
 * {@link roadmap.kernel.JavaKernel} answers Jupyter's requests.
 */
package roadmap.kernel;
