package roadmap.kernel.magic;

import roadmap.kernel.errors.CellError;

import java.nio.file.Path;
import java.util.List;

/** What magics may do to the running notebook. */
public interface NotebookSession {
    /**
     * Adds jars or class directories to the classpath cells compile and run against.
     *
     * @param entries jars or directories
     */
    void addToClasspath(List<Path> entries);

    /**
     * Evaluates Java code as if it were a cell, ignoring its value.
     *
     * @param code Java snippets (magic lines allowed)
     * @throws CellError if the code fails
     */
    void evaluate(String code) throws CellError;

    /** @return the directory relative paths in magics are resolved against */
    Path workingDirectory();
}
