package roadmap.kernel.runner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The {@code run} command: executes notebooks headlessly and prints one line per notebook, e.g.
 * <pre>
 * ok   week01-linear-algebra.ipynb  12.3 s  peak RSS 612 MB  (38 cells, 6 checks)
 * FAIL week02-probability.ipynb: cell 17 `Check.close(err, 0.0, 1e-9, "…")`: java.lang.AssertionError: ✘ …
 * </pre>
 * See {@link CliArguments#USAGE} for the options.
 */
public final class RunnerCli {

    private RunnerCli() {
    }

    /**
     * Runs and exits with the command's exit code.
     *
     * @param args the arguments, with or without a leading {@code run}
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * @param args the arguments, with or without a leading {@code run}
     * @param out  where result lines go
     * @param err  where usage errors go
     * @return 0 when every notebook ran without error, 1 when one failed, 2 on a usage error
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CliArguments arguments;
        try {
            arguments = CliArguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(CliArguments.USAGE);
            return 2;
        }
        if (arguments.help()) {
            out.println(CliArguments.USAGE);
            return 0;
        }
        KernelSpec kernel;
        try {
            kernel = arguments.kernelspec().isPresent() ? KernelSpec.read(arguments.kernelspec().get())
                    : DefaultKernel.fromRunningJar();
        } catch (IOException | IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        RunOptions options = RunOptions.defaults(kernel)
                .withTimeouts(arguments.notebookTimeout(), arguments.cellTimeout())
                .withOutput(arguments.output(), arguments.outputDir());
        if (arguments.mode().isPresent()) {
            options = options.withMode(arguments.mode().get());
        }
        NotebookRunner runner = new NotebookRunner(options);
        int exitCode = 0;
        for (Path notebook : arguments.notebooks()) {
            RunReport report = runner.run(notebook);
            out.println(report.summary());
            if (!report.ok()) {
                exitCode = 1;
                if (!report.detail().isBlank()) {
                    report.detail().lines().forEach(line -> out.println("    " + line));
                }
            }
            out.flush();
        }
        return exitCode;
    }
}
