package roadmap.kernel.runner;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed command line of {@code run}.
 *
 * @param notebooks       notebook paths, in order
 * @param output          where executed notebooks go
 * @param outputDir       directory for {@code --output}, else null
 * @param notebookTimeout {@code --timeout}
 * @param cellTimeout     {@code --cell-timeout}, defaults to the notebook timeout
 * @param mode            {@code --mode} (fast or full), empty to inherit ROADMAP_MODE
 * @param kernelspec      {@code --kernelspec}, empty for the Java kernel in this jar
 * @param help            {@code --help} was given
 */
public record CliArguments(List<Path> notebooks, RunOptions.OutputMode output, Path outputDir, Duration notebookTimeout,
                           Duration cellTimeout, Optional<String> mode, Optional<Path> kernelspec, boolean help) {

    /** The usage text. */
    public static final String USAGE = String.join("\n",
            "usage: java -jar java-kernel.jar run NOTEBOOK... [--inplace | --output DIR] [--timeout SECONDS]",
            "                                     [--cell-timeout SECONDS] [--mode fast|full] [--kernelspec DIR]",
            "",
            "Executes each notebook headlessly on a fresh kernel over the Jupyter protocol, in the",
            "notebook's directory, stopping at the first failing cell; prints one line per notebook.",
            "",
            "  --inplace               write the outputs back into each notebook (only if every cell succeeded)",
            "  --output DIR            write executed notebooks into DIR instead (same rule)",
            "  --timeout SECONDS       time limit per notebook (default " + RunOptions.DEFAULT_NOTEBOOK_TIMEOUT.toSeconds() + ")",
            "  --cell-timeout SECONDS  time limit per cell (default: the notebook's limit)",
            "  --mode fast|full        set ROADMAP_MODE for the kernel (default: inherited)",
            "  --kernelspec DIR        run the kernel of this kernelspec directory (containing kernel.json)",
            "                          instead of the Java kernel in this jar",
            "",
            "Exit code: 0 every notebook ran without error, 1 a notebook failed, 2 usage error.");

    /**
     * @param args arguments after {@code run} (a leading {@code run} is skipped too)
     * @return the parsed arguments
     * @throws IllegalArgumentException with a one-line reason on a usage error
     */
    public static CliArguments parse(String[] args) {
        List<Path> notebooks = new ArrayList<>();
        boolean inplace = false;
        Path outputDir = null;
        Duration timeout = RunOptions.DEFAULT_NOTEBOOK_TIMEOUT;
        Duration cellTimeout = null;
        String mode = null;
        Path kernelspec = null;
        boolean afterDoubleDash = false;
        int start = args.length > 0 && args[0].equals("run") ? 1 : 0;
        for (int i = start; i < args.length; i++) {
            String arg = args[i];
            if (afterDoubleDash || !arg.startsWith("-")) {
                notebooks.add(Path.of(arg));
                continue;
            }
            switch (arg) {
                case "--" -> afterDoubleDash = true;
                case "-h", "--help" -> {
                    return new CliArguments(List.of(), RunOptions.OutputMode.NONE, null, timeout, timeout,
                            Optional.empty(), Optional.empty(), true);
                }
                case "--inplace" -> inplace = true;
                case "--output" -> outputDir = Path.of(value(args, ++i, arg));
                case "--timeout" -> timeout = seconds(value(args, ++i, arg), arg);
                case "--cell-timeout" -> cellTimeout = seconds(value(args, ++i, arg), arg);
                case "--mode" -> {
                    mode = value(args, ++i, arg);
                    if (!mode.equals("fast") && !mode.equals("full")) {
                        throw new IllegalArgumentException("--mode must be fast or full, not " + mode);
                    }
                }
                case "--kernelspec" -> kernelspec = Path.of(value(args, ++i, arg));
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (notebooks.isEmpty()) {
            throw new IllegalArgumentException("no notebook given");
        }
        if (inplace && outputDir != null) {
            throw new IllegalArgumentException("--inplace and --output exclude each other");
        }
        if (outputDir != null) {
            Set<Path> names = new HashSet<>();
            for (Path notebook : notebooks) {
                if (!names.add(notebook.getFileName())) {
                    throw new IllegalArgumentException("two notebooks named " + notebook.getFileName() + " would both be written to " + outputDir);
                }
            }
        }
        RunOptions.OutputMode output = inplace ? RunOptions.OutputMode.INPLACE
                : outputDir != null ? RunOptions.OutputMode.DIRECTORY : RunOptions.OutputMode.NONE;
        return new CliArguments(List.copyOf(notebooks), output, outputDir, timeout,
                cellTimeout == null ? timeout : cellTimeout, Optional.ofNullable(mode), Optional.ofNullable(kernelspec), false);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static Duration seconds(String text, String option) {
        try {
            double seconds = Double.parseDouble(text);
            if (!(seconds > 0) || Double.isInfinite(seconds)) {
                throw new NumberFormatException();
            }
            return Duration.ofMillis(Math.round(seconds * 1000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a positive number of seconds, not " + text);
        }
    }
}
