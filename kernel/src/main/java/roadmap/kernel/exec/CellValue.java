package roadmap.kernel.exec;

/**
 * The value of a cell's last expression.
 *
 * @param object    the value itself, when it could be read ({@code null} is a valid value)
 * @param text      JShell's rendering of the value, used when the object could not be read
 * @param hasObject whether {@code object} holds the value
 */
public record CellValue(Object object, String text, boolean hasObject) {
}
