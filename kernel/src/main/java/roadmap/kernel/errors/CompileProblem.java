package roadmap.kernel.errors;

/**
 * One compiler error, positioned in the cell.
 *
 * @param message the compiler's message
 * @param start   start offset in the cell
 * @param end     end offset in the cell (exclusive, at least {@code start})
 */
public record CompileProblem(String message, int start, int end) {
}
