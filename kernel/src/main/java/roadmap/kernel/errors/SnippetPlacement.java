package roadmap.kernel.errors;

/**
 * Where a JShell snippet's source sits in the cell it came from.
 *
 * @param snippetId JShell's id of the snippet (as in stack frames {@code #id:line})
 * @param offset    offset of the snippet's first character in the cell
 * @param source    the snippet's source as given to JShell
 */
public record SnippetPlacement(String snippetId, int offset, String source) {
}
