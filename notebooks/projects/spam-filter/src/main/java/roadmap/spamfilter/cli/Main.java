package roadmap.spamfilter.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code spam-filter train | evaluate | predict | serve}: the command line of the spam filter. Every
 * subcommand has {@code --help}. Exit codes: 0 success, 1 an error in the input (configuration,
 * data or model file: one line on stderr says which file and what), 2 a usage error.
 */
@Command(name = "spam-filter", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Train, evaluate and use the week-9 spam filter (TF-IDF + logistic regression).",
        subcommands = {TrainCommand.class, EvaluateCommand.class, PredictCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: train, evaluate, predict or serve");
    }

    /**
     * Runs the command line without exiting the JVM (for tests and notebooks).
     *
     * @param out  where results go
     * @param err  where errors go
     * @param args the arguments
     * @return the exit code
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** @return the configured picocli command line (subcommands, error handling) */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + InputErrors.describe(e));
            commandLine.getErr().flush();
            return InputErrors.isInputError(e) ? 1 : 3;
        });
        return cli;
    }

    /**
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
