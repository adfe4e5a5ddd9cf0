package roadmap.kernel.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import roadmap.kernel.errors.CellError;
import roadmap.kernel.magic.MagicRegistry;

class CompilerWarmUpTest {
    @Test
    void everyWarmUpSnippetRunsAndLeavesNothingBehind() throws CellError {
        try (CellEvaluator evaluator = new CellEvaluator(List.of(), new MagicRegistry(List.of()), Path.of("."))) {
            for (String snippet : CompilerWarmUp.SNIPPETS) {
                assertTrue(evaluator.warmUp(snippet), "warm-up snippet failed: " + snippet);
            }
            assertThrows(CellError.class, () -> evaluator.evaluateCell("warmUpInt"), "warm-up variable left behind");
            assertThrows(CellError.class, () -> evaluator.evaluateCell("new WarmUpPoint(3, 4)"), "warm-up record left behind");
            // the learner may reuse the names freely
            assertEquals(5.0, evaluator.evaluateCell("record WarmUpPoint(double x, double y) {}\n"
                    + "double warmUpInt = Math.hypot(new WarmUpPoint(3, 4).x(), 4);\nwarmUpInt").orElseThrow().object());
        }
    }

    @Test
    void aClosedEvaluatorEndsTheWarmUp() {
        CellEvaluator evaluator = new CellEvaluator(List.of(), new MagicRegistry(List.of()), Path.of("."));
        evaluator.close();
        assertEquals(false, evaluator.warmUp("1 + 1"));
    }
}
