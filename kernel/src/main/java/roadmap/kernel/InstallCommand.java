package roadmap.kernel;

import roadmap.kernel.install.KernelSpecInstaller;
import roadmap.kernel.install.KernelSpecLocations;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * {@code install [--user | --sys-prefix | --prefix DIR] [--name NAME] [--classpath DIR] [--print-dir]}.
 * With {@code --print-dir} the only output is the kernelspec directory's absolute path and a newline,
 * for scripts (Binder's postBuild); otherwise a sentence for people.
 */
final class InstallCommand {
    private InstallCommand() {
    }

    static int run(List<String> args) throws IOException {
        String target = "--user";
        Path prefix = null;
        String name = KernelSpecInstaller.DEFAULT_NAME;
        Path classpath = null;
        boolean printDir = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--user", "--sys-prefix" -> target = arg;
                case "--prefix" -> {
                    target = arg;
                    prefix = Paths.get(value(args, ++i, arg));
                }
                case "--name" -> name = value(args, ++i, arg);
                case "--classpath" -> classpath = Paths.get(value(args, ++i, arg));
                case "--print-dir" -> printDir = true;
                default -> throw new UsageException("unknown install option " + arg);
            }
        }
        Path jar = KernelSpecInstaller.runningJar();
        if (classpath == null) {
            classpath = jar.resolveSibling("notebook-classpath");
        }
        Path kernelsDir = switch (target) {
            case "--prefix" -> KernelSpecLocations.prefixKernelsDir(prefix);
            case "--sys-prefix" -> KernelSpecLocations.sysPrefixKernelsDir(System.getenv());
            default -> KernelSpecLocations.userKernelsDir();
        };
        Path specDir = new KernelSpecInstaller().install(kernelsDir, name, jar, classpath, KernelSpecInstaller.currentJava());
        System.out.println(printDir ? specDir.toString() : "Installed kernelspec " + name + " in " + specDir);
        return 0;
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index);
    }
}
