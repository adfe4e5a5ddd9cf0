package roadmap.kernel.assist;

import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import jdk.jshell.SourceCodeAnalysis;
import roadmap.kernel.exec.CellEvaluator;
import roadmap.kernel.magic.MagicLines;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Tab completion, Shift-Tab documentation and is-complete checks, answered by JShell's source analysis. */
public final class CodeAssist {
    private final CellEvaluator evaluator;

    /** @param evaluator the session whose definitions completion knows about */
    public CodeAssist(CellEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /**
     * @param cell   the whole cell
     * @param cursor cursor offset in the cell
     * @return the replacements and the cell range they replace
     */
    public ReplacementOptions complete(String cell, int cursor) {
        String code = MagicLines.blankMagics(cell);
        int at = Math.max(0, Math.min(cursor, code.length()));
        synchronized (evaluator.lock()) {
            SourceCodeAnalysis analysis = evaluator.analysis();
            SnippetAtCursor snippet = SnippetAtCursor.locate(analysis, code, at);
            int[] anchor = new int[1];
            List<SourceCodeAnalysis.Suggestion> suggestions = analysis.completionSuggestions(snippet.text(), snippet.cursor(), anchor);
            Set<String> matchingType = new LinkedHashSet<>();
            Set<String> others = new LinkedHashSet<>();
            for (SourceCodeAnalysis.Suggestion s : suggestions) {
                (s.matchesType() ? matchingType : others).add(s.continuation());
            }
            List<String> all = new ArrayList<>(matchingType);
            others.stream().filter(s -> !matchingType.contains(s)).forEach(all::add);
            return new ReplacementOptions(all, snippet.start() + anchor[0], at);
        }
    }

    /**
     * @param cell   the whole cell
     * @param cursor cursor offset in the cell
     * @return signatures and Javadoc of what is at the cursor, or {@code null} if nothing is known
     */
    public String inspect(String cell, int cursor) {
        String code = MagicLines.blankMagics(cell);
        int at = Math.max(0, Math.min(cursor, code.length()));
        synchronized (evaluator.lock()) {
            SourceCodeAnalysis analysis = evaluator.analysis();
            SnippetAtCursor snippet = SnippetAtCursor.locate(analysis, code, at);
            List<SourceCodeAnalysis.Documentation> docs = analysis.documentation(snippet.text(), snippet.cursor(), true);
            if (docs.isEmpty()) {
                docs = analysis.documentation(snippet.text(), identifierEnd(snippet.text(), snippet.cursor()), true);
            }
            if (docs.isEmpty()) {
                // A method name without its parenthesis (Math.max): JShell documents calls only.
                int end = identifierEnd(snippet.text(), snippet.cursor());
                String call = snippet.text().substring(0, end) + "(" + snippet.text().substring(end);
                docs = analysis.documentation(call, end + 1, true);
            }
            if (docs.isEmpty()) {
                return null;
            }
            StringBuilder out = new StringBuilder();
            for (SourceCodeAnalysis.Documentation doc : docs) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(doc.signature());
                if (doc.javadoc() != null && !doc.javadoc().isBlank()) {
                    out.append("\n").append(doc.javadoc().strip());
                }
            }
            return out.toString();
        }
    }

    /** With the cursor inside a name, JShell documents it only when the cursor is at its end. */
    private static int identifierEnd(String text, int cursor) {
        int i = cursor;
        while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * @param cell a cell
     * @return {@code "complete"}, {@code "invalid"}, or an indent if more input is needed
     */
    public String isComplete(String cell) {
        String code = MagicLines.blankMagics(cell);
        synchronized (evaluator.lock()) {
            SourceCodeAnalysis analysis = evaluator.analysis();
            String remaining = code;
            while (!remaining.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
                switch (info.completeness()) {
                    case COMPLETE, COMPLETE_WITH_SEMI, EMPTY -> remaining = info.remaining();
                    case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> {
                        return "    ";
                    }
                    default -> {
                        return "invalid";
                    }
                }
                if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                    break;
                }
            }
            return "complete";
        }
    }
}
