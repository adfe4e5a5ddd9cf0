package roadmap.kernel.errors;

/**
 * What the formatter needs to know about one exception in a cause chain; JShell hands over
 * copies ({@code EvalException}) whose own class is not the user's exception class.
 *
 * @param className the real exception class name
 * @param message   its message, possibly {@code null}
 * @param frames    its stack trace
 */
public record ThrowableView(String className, String message, StackTraceElement[] frames) {
}
