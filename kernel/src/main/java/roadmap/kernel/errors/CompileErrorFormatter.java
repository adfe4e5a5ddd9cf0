package roadmap.kernel.errors;

import java.util.ArrayList;
import java.util.List;

/** Turns compiler errors into a {@code CompilationException} error output that points at the code. */
public final class CompileErrorFormatter {
    /** The {@code ename} of every compile error. */
    public static final String ERROR_NAME = "CompilationException";

    private CompileErrorFormatter() {
    }

    /**
     * @param cell     the cell's source
     * @param problems the errors, at least one
     * @return the error output: {@code evalue} is the first message, the traceback shows each
     *         error's line with the offending range underlined, then its message
     */
    public static CellError format(CellText cell, List<CompileProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no compile problems to report");
        }
        List<String> traceback = new ArrayList<>();
        for (CompileProblem problem : problems) {
            if (!traceback.isEmpty()) {
                traceback.add("");
            }
            traceback.add("Compilation error at line " + cell.lineOf(problem.start()) + ":");
            traceback.addAll(SourcePointer.point(cell, problem.start(), problem.end()));
            traceback.addAll(problem.message().lines().toList());
        }
        return new CellError(ERROR_NAME, problems.get(0).message(), traceback);
    }
}
