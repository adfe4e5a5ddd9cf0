package roadmap.kernel.errors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * How much of an exception a cell's error shows: a chain of causes thousands deep, or a message
 * of megabytes, must neither overflow the kernel's stack nor flood the front-end. Reading an
 * exception also runs learner code ({@code getMessage()}, {@code getCause()} may be overridden):
 * every read here survives whatever that code throws.
 */
public final class ErrorLimits {
    /** Most exceptions of a cause chain shown (the exception itself and its first causes). */
    public static final int MAX_CAUSES = 25;
    /** Most characters of one exception message shown. */
    public static final int MAX_MESSAGE_CHARS = 4_000;
    /** Most stack frames kept per exception (the formatter shows fewer). */
    public static final int MAX_FRAMES_KEPT = 100;
    /** Class name of the marker that stands for the causes not shown; its message says how many. */
    public static final String MORE_CAUSES = "…";
    private static final int MAX_CAUSES_COUNTED = 1_000_000;
    /** Slack for the note a cut message ends with, so that cutting twice changes nothing. */
    private static final int NOTE_ROOM = 64;
    private static final String WRAPPER_PREFIX = "REPL.$JShell$";

    private ErrorLimits() {
    }

    /**
     * @param message a message, possibly {@code null}
     * @return the message cut to {@link #MAX_MESSAGE_CHARS}, with a note saying how much was cut
     */
    public static String message(String message) {
        if (message == null || message.length() <= MAX_MESSAGE_CHARS + NOTE_ROOM) {
            return message;
        }
        return message.substring(0, MAX_MESSAGE_CHARS)
                + String.format("… [%,d more characters not shown]", message.length() - MAX_MESSAGE_CHARS);
    }

    /**
     * @param t any throwable
     * @return its message, bounded, or a note if reading it threw
     */
    public static String messageOf(Throwable t) {
        try {
            return message(t.getMessage());
        } catch (Throwable e) { // NOPMD: learner code may throw anything, even an Error
            return "(getMessage() threw " + e.getClass().getName() + ")";
        }
    }

    /**
     * @param t any throwable
     * @return its stack trace, at most {@link #MAX_FRAMES_KEPT} frames
     */
    public static StackTraceElement[] framesOf(Throwable t) {
        try {
            StackTraceElement[] frames = t.getStackTrace();
            if (frames.length <= MAX_FRAMES_KEPT) {
                return frames;
            }
            StackTraceElement[] kept = new StackTraceElement[MAX_FRAMES_KEPT];
            System.arraycopy(frames, 0, kept, 0, MAX_FRAMES_KEPT);
            return kept;
        } catch (Throwable e) { // NOPMD
            return new StackTraceElement[0];
        }
    }

    /**
     * Walks a cause chain without recursion, stopping at a cycle.
     *
     * @param top the exception thrown
     * @return the first {@link #MAX_CAUSES} throwables of the chain, and how many more follow
     */
    public static Chain chainOf(Throwable top) {
        List<Throwable> kept = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        int more = 0;
        for (Throwable t = top; t != null && seen.add(t); t = causeOf(t)) {
            if (kept.size() < MAX_CAUSES) {
                kept.add(t);
            } else if (++more >= MAX_CAUSES_COUNTED) {
                break;
            }
        }
        return new Chain(kept, more);
    }

    private static Throwable causeOf(Throwable t) {
        try {
            return t.getCause();
        } catch (Throwable e) { // NOPMD
            return null;
        }
    }

    /**
     * @param top a throwable
     * @return the views the formatter needs, bounded, with a {@link #MORE_CAUSES} marker last if
     *         causes were left out
     */
    public static List<ThrowableView> views(Throwable top) {
        Chain chain = chainOf(top);
        List<ThrowableView> views = new ArrayList<>();
        for (Throwable t : chain.kept()) {
            views.add(new ThrowableView(t.getClass().getName(), messageOf(t), cellFrames(framesOf(t))));
        }
        if (chain.more() > 0) {
            views.add(moreCauses(chain.more()));
        }
        return views;
    }

    /**
     * Marks frames of cell classes (JShell's {@code REPL.$JShell$NN} wrappers) the way JShell's
     * own exception translation does (file name starting with {@code #}), without a line number:
     * only JShell knows how wrapper lines map to cell lines.
     *
     * @param frames a raw stack trace
     * @return the frames, cell frames renamed ({@code REPL.$JShell$12$Node} becomes {@code Node})
     */
    public static StackTraceElement[] cellFrames(StackTraceElement[] frames) {
        StackTraceElement[] out = frames.clone();
        for (int i = 0; i < out.length; i++) {
            String className = out[i].getClassName();
            if (className.startsWith(WRAPPER_PREFIX)) {
                int end = WRAPPER_PREFIX.length();
                while (end < className.length() && Character.isDigit(className.charAt(end))) {
                    end++;
                }
                String inner = end < className.length() ? className.substring(end + 1) : "";
                out[i] = new StackTraceElement(inner, out[i].getMethodName(), "#", -1);
            }
        }
        return out;
    }

    /**
     * @param more how many causes were left out
     * @return the marker view standing for them
     */
    public static ThrowableView moreCauses(int more) {
        return new ThrowableView(MORE_CAUSES, moreCausesText(more), new StackTraceElement[0]);
    }

    static String moreCausesText(int more) {
        return String.format("%,d%s more causes not shown (an error shows at most %d)",
                more, more >= MAX_CAUSES_COUNTED ? "+" : "", MAX_CAUSES);
    }

    /**
     * The first throwables of a cause chain.
     *
     * @param kept the exception and its first causes
     * @param more how many causes follow that are not kept
     */
    public record Chain(List<Throwable> kept, int more) {
    }
}
