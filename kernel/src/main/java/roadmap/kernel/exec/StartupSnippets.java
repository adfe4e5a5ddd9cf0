package roadmap.kernel.exec;

import java.util.List;

/** Code every notebook starts with: the jshell tool's default imports and {@code display(Object)}. */
final class StartupSnippets {
    private StartupSnippets() {
    }

    static final List<String> IMPORTS = List.of(
            "import java.io.*;",
            "import java.math.*;",
            "import java.net.*;",
            "import java.nio.file.*;",
            "import java.util.*;",
            "import java.util.concurrent.*;",
            "import java.util.function.*;",
            "import java.util.regex.*;",
            "import java.util.stream.*;");

    /** Shows a value now (e.g. a chart in the middle of a cell); reaches the kernel reflectively. */
    static final String DISPLAY_FUNCTION = String.join("\n",
            "void display(Object value) {",
            "    try {",
            "        Class.forName(\"roadmap.kernel.display.CellDisplay\", true, ClassLoader.getSystemClassLoader())",
            "             .getMethod(\"show\", Object.class).invoke(null, value);",
            "    } catch (java.lang.reflect.InvocationTargetException e) {",
            "        Throwable cause = e.getCause();",
            "        if (cause instanceof RuntimeException) throw (RuntimeException) cause;",
            "        if (cause instanceof Error) throw (Error) cause;",
            "        throw new RuntimeException(cause);",
            "    } catch (ReflectiveOperationException e) {",
            "        throw new IllegalStateException(\"display() needs the roadmap Java kernel\", e);",
            "    }",
            "}");

    /** A statement that exercises compile, load and invoke without defining anything. */
    static final String WARM_UP = "{ }";
}
