package roadmap.kernel.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Formats an exception thrown by a cell: the real exception class as {@code ename}, its message
 * as {@code evalue}, and a stack trace without JShell, reflection or kernel frames, with frames
 * in cell code shown as cell line numbers. Bounded by {@link ErrorLimits}: at most
 * {@value ErrorLimits#MAX_CAUSES} exceptions of a cause chain, {@value #MAX_FRAMES_PER_EXCEPTION}
 * frames each, {@value ErrorLimits#MAX_MESSAGE_CHARS} characters per message.
 */
public final class RuntimeErrorFormatter {
    /** Most stack frames shown per exception. */
    public static final int MAX_FRAMES_PER_EXCEPTION = 30;
    private static final String[] HIDDEN_FRAME_PREFIXES = {
        "jdk.internal.reflect.", "java.lang.reflect.", "sun.reflect.", "jdk.jshell.", "roadmap.kernel.",
    };

    private RuntimeErrorFormatter() {
    }

    /**
     * @param chain       the exception first, then its causes
     * @param locateFrame maps a JShell snippet frame ({@code fileName} {@code #id}, line) to text
     *                    such as {@code "cell line 3"}
     * @return the error output
     */
    public static CellError format(List<ThrowableView> chain, Function<StackTraceElement, String> locateFrame) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("no exception to format");
        }
        ThrowableView top = chain.get(0);
        List<String> traceback = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            ThrowableView t = chain.get(i);
            if (ErrorLimits.MORE_CAUSES.equals(t.className())) {
                traceback.add("… " + t.message());
                break;
            }
            traceback.add((i == 0 ? "" : "Caused by: ") + headline(t));
            traceback.addAll(frames(t.frames(), locateFrame));
        }
        return new CellError(top.className(), top.message() == null ? "" : ErrorLimits.message(top.message()), traceback);
    }

    private static String headline(ThrowableView t) {
        return t.message() == null ? t.className() : t.className() + ": " + ErrorLimits.message(t.message());
    }

    private static List<String> frames(StackTraceElement[] frames, Function<StackTraceElement, String> locateFrame) {
        int lastCellFrame = -1;
        for (int i = 0; i < frames.length; i++) {
            if (isCellFrame(frames[i])) {
                lastCellFrame = i;
            }
        }
        // Everything below the outermost cell frame is the kernel calling the cell.
        int end = lastCellFrame >= 0 ? lastCellFrame + 1 : frames.length;
        List<String> lines = new ArrayList<>();
        int shown = 0;
        for (int i = 0; i < end; i++) {
            StackTraceElement frame = frames[i];
            if (!isCellFrame(frame) && isHidden(frame)) {
                continue;
            }
            if (shown == MAX_FRAMES_PER_EXCEPTION) {
                lines.add("    ... " + (end - i) + " more");
                break;
            }
            lines.add("    at " + describe(frame, locateFrame));
            shown++;
        }
        return lines;
    }

    private static String describe(StackTraceElement frame, Function<StackTraceElement, String> locateFrame) {
        if (!isCellFrame(frame)) {
            return frame.getClassName() + "." + frame.getMethodName()
                    + "(" + (frame.getFileName() == null ? "Unknown Source" : frame.getFileName() + ":" + frame.getLineNumber()) + ")";
        }
        String className = frame.getClassName();
        String method = frame.getMethodName().isEmpty() || frame.getMethodName().equals("do_it$") ? "cell" : frame.getMethodName();
        String owner = className.isEmpty() || className.startsWith("REPL.") ? "" : className + ".";
        return owner + method + "(" + locateFrame.apply(frame) + ")";
    }

    static boolean isCellFrame(StackTraceElement frame) {
        String file = frame.getFileName();
        return file != null && file.startsWith("#");
    }

    private static boolean isHidden(StackTraceElement frame) {
        String className = frame.getClassName();
        for (String prefix : HIDDEN_FRAME_PREFIXES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return className.equals("java.lang.Thread") && frame.getMethodName().equals("run");
    }
}
