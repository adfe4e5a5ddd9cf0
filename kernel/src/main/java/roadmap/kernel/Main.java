package roadmap.kernel;

import roadmap.kernel.runner.RunnerCli;

import java.util.Arrays;
import java.util.List;

/** Entry point of {@code java-kernel.jar}: the {@code kernel}, {@code install} and {@code run} subcommands. */
public final class Main {
    static final String USAGE = String.join("\n",
            "Usage: java -jar java-kernel.jar COMMAND [OPTIONS]",
            "",
            "Commands:",
            "  kernel [--classpath PATHS] CONNECTION_FILE",
            "      Run the Java kernel (Jupyter starts this from kernel.json).",
            "      --classpath PATHS  jars and directories (their jars are added), separated by '" + java.io.File.pathSeparator + "'",
            "  install [--user | --sys-prefix | --prefix DIR] [--name NAME] [--classpath DIR] [--print-dir]",
            "      Install the kernelspec where 'jupyter kernelspec install' would (default --user, name java);",
            "      --print-dir prints only the kernelspec directory (for scripts).",
            "      --sys-prefix uses $VIRTUAL_ENV, else $CONDA_PREFIX, else sys.prefix of python3 on the PATH.",
            "      --classpath DIR    notebook classpath to copy (default: notebook-classpath/ beside the jar)",
            "  run NOTEBOOK... [--inplace] [--timeout SECONDS]",
            "      Execute notebooks headlessly over the Jupyter protocol (run --help for details).",
            "",
            "  --help  print this text");

    private Main() {
    }

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        int status;
        try {
            status = run(Arrays.asList(args));
        } catch (UsageException e) {
            System.err.println("java-kernel: " + e.getMessage());
            System.err.println(USAGE);
            status = 2;
        } catch (Exception e) {
            System.err.println("java-kernel: " + e.getMessage());
            status = 1;
        }
        exit(status);
    }

    static int run(List<String> args) throws Exception {
        if (args.isEmpty()) {
            throw new UsageException("no command given");
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        switch (command) {
            case "--help", "-h", "help" -> {
                System.out.println(USAGE);
                return 0;
            }
            case "kernel" -> {
                return KernelCommand.run(rest);
            }
            case "install" -> {
                return InstallCommand.run(rest);
            }
            case "run" -> {
                return runNotebooks(rest);
            }
            default -> throw new UsageException("unknown command " + command);
        }
    }

    private static int runNotebooks(List<String> rest) {
        return RunnerCli.run(rest.toArray(new String[0]), System.out, System.err);
    }

    /** Ends the JVM even if a cell left non-daemon threads running. */
    private static void exit(int status) {
        System.out.flush();
        System.err.flush();
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException ignored) {
                // halting anyway
            }
            Runtime.getRuntime().halt(status);
        }, "exit-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        System.exit(status);
    }
}
